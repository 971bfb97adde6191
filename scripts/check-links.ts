/** `node scripts/check-links.ts [dist] [base]`: every internal link of a built site resolves (defaults: DIST and BASE). */
import { siteConfig } from './lib/config.ts';
import { checkLinks, describeBroken } from './lib/links.ts';

const config = siteConfig();
const report = checkLinks(process.argv[2] ?? config.dist, process.argv[3] ?? config.base);
if (report.broken) {
  console.error(describeBroken(report.broken));
  process.exit(1);
}
console.log(`Links OK: ${report.links} internal links checked on ${report.pages} pages (${report.external} external links not followed).`);
