/** `node scripts/validate-html.ts [dist]`: runs the Nu HTML Checker over a built site; exits 1 on any problem. */
import { resolve } from 'node:path';
import { siteConfig } from './lib/config.ts';
import { summarise, validateSite } from './lib/html-validity.ts';

const root = resolve(process.argv[2] ?? siteConfig().dist);
const { files, problems } = validateSite(root);
for (const line of summarise(problems, root)) console.error(line);
console.log(`HTML checked: ${files} files, ${problems.length} problems.`);
process.exit(problems.length ? 1 : 0);
