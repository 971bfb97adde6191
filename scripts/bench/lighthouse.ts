/**
 * Lighthouse benchmark: the `lighthouse` package, with its mobile defaults (simulated slow 4G and a
 * 4x slower CPU), drives Chromium (CHROME_PATH, else the one the tests use) against the real
 * content's build served as a real host serves it (precompressed, through scripts/lib/static-server.ts):
 * the home page, one node page of each kind, each view and one embed route. It reports every
 * category score and the Core Web Vitals of each page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { KINDS } from '../../src/lib/content/kinds.ts';
import { findChromium } from '../lib/find-chromium.ts';
import { createStaticServer } from '../lib/static-server.ts';
import { siteFor } from './support/sites.ts';
import type { BenchPart, Figure } from './types.ts';

const CATEGORIES = [
  { id: 'performance', label: 'performance', target: 0.95 },
  { id: 'accessibility', label: 'accessibility', target: 1 },
  { id: 'best-practices', label: 'best practices', target: 1 },
  { id: 'seo', label: 'SEO', target: 1 },
] as const;

/** Core Web Vitals and the load metrics beside them, as Lighthouse names its audits. */
const METRICS = [
  { audit: 'largest-contentful-paint', label: 'LCP', unit: 'ms' },
  { audit: 'cumulative-layout-shift', label: 'CLS', unit: '' },
  { audit: 'total-blocking-time', label: 'TBT', unit: 'ms' },
  { audit: 'first-contentful-paint', label: 'FCP', unit: 'ms' },
  { audit: 'speed-index', label: 'SI', unit: 'ms' },
] as const;

/** Headless as Lighthouse's own CI runs it; no sandbox, since the benchmark may run as root. */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

const VIEWS = ['decide/', 'graph/', 'cost/', 'search/'];
const EMBED = 'embed/decide/';

/** The pages measured: home, the first node page of each kind in the build, the views, one embed route. */
export function pagesToMeasure(root: string): string[] {
  const nodePages = KINDS.flatMap((kind) => {
    const dir = join(root, kind);
    if (!existsSync(dir)) return [];
    const ids = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
      .map((e) => e.name)
      .sort();
    // RAG stands for the approaches: the page most readers land on.
    const id = ids.includes('rag') ? 'rag' : ids[0];
    return id ? [`${kind}/${id}/`] : [];
  });
  return ['', ...nodePages, ...VIEWS, EMBED].filter((p) => existsSync(join(root, p, 'index.html')));
}

export const part: BenchPart = {
  title: 'Lighthouse (mobile defaults, served precompressed)',
  async run({ log }) {
    const root = siteFor(log);
    const server = createStaticServer({ root });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    const chromePath = process.env.CHROME_PATH ?? findChromium({ install: false });
    const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    const figures: Figure[] = [];
    try {
      for (const page of pagesToMeasure(root)) {
        const url = `${origin}/${page}`;
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES.map((c) => c.id) });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const path = `/${page}`;
        const scores = CATEGORIES.map((c) => ({ ...c, score: lhr.categories[c.id]?.score ?? NaN }));
        log(`${path}: ${scores.map((s) => `${s.label} ${s.score}`).join(', ')}`);
        for (const s of scores) {
          const failing = Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && lhr.categories[s.id]?.auditRefs.some((r) => r.id === a.id && r.weight > 0))
            .map((a) => a.id);
          figures.push({
            name: `${path} ${s.label}`,
            value: s.score,
            unit: '',
            target: `>= ${s.target}`,
            met: s.score >= s.target,
            ...(failing.length ? { note: `below 1: ${failing.slice(0, 6).join(', ')}` } : {}),
          });
        }
        for (const m of METRICS) {
          const audit = lhr.audits[m.audit];
          figures.push({ name: `${path} ${m.label}`, value: audit?.numericValue ?? NaN, unit: m.unit, ...(audit?.displayValue ? { note: `${audit.displayValue}, score ${audit.score}` } : {}) });
        }
      }
      const { version } = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string };
      figures.push({ name: 'pages measured', value: figures.length / (CATEGORIES.length + METRICS.length), unit: 'pages', note: `Lighthouse ${version}, ${chromePath}, one run each` });
    } finally {
      await chrome.kill();
      server.close();
    }
    return figures;
  },
};
