/**
 * The decide view's benchmark: builds the real content into bench/tmp/, serves it, and in Chromium
 * measures the main-thread time of each interaction (changing an answer, a weight, a preset): the
 * view's own work plus the style and layout it causes, on the CPU as it is and slowed four times as
 * Lighthouse's mobile profile slows it. Also the DOM size of the three decide pages.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../lib/find-chromium.ts';
import { createStaticServer } from '../lib/static-server.ts';
import type { BenchPart, Figure } from './types.ts';

const OUT = 'bench/tmp/decide-real';
const REPEATS = 11;
/** Lighthouse's mobile profile runs the page on a CPU four times slower. */
const SLOWDOWNS = [1, 4];
const TARGET_MS = 50;
const VIEWPORT = { width: 412, height: 823 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Interaction = 'answer' | 'weight' | 'preset';

/** Main-thread milliseconds of one kind of interaction, median of REPEATS, alternating between two values. */
async function interaction(browser: Browser, origin: string, kind: Interaction, slowdown: number): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/decide/?u=legal-drafting`);
  await page.waitForSelector('rot-decide-view ol.ranking li');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const times = await page.evaluate(
    async ({ kind, repeats }) => {
      const pick = (): [HTMLSelectElement, string[]] => {
        if (kind === 'preset') {
          const s = document.querySelector<HTMLSelectElement>('select.preset')!;
          return [s, [...s.options].slice(1, 3).map((o) => o.value)];
        }
        const s = document.querySelector<HTMLSelectElement>(kind === 'answer' ? 'select.answer[data-criterion="query-volume"]' : 'select.weight[data-criterion="query-volume"]')!;
        return [s, [...s.options].slice(-2).map((o) => o.value)];
      };
      const [select, values] = pick();
      const out: number[] = [];
      for (let i = 0; i < repeats; i++) {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const t = performance.now();
        select.value = values[i % 2]!;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        // Style and layout the change causes, as the next frame would do them.
        void document.body.offsetHeight;
        out.push(performance.now() - t);
      }
      return out;
    },
    { kind, repeats: REPEATS },
  );
  await context.close();
  return median(times);
}

export const part: BenchPart = {
  title: 'Decide view',
  async run({ log }) {
    log(`building the real content into ${OUT}`);
    rmSync(OUT, { recursive: true, force: true });
    const built = spawnSync(process.execPath, ['scripts/astro-build.ts', '--outDir', OUT], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error(`astro build failed (exit ${built.status ?? built.signal})`);
    const server = createStaticServer({ root: resolve(OUT) });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    const browser = await chromium.launch({ executablePath: findChromium({ install: false }), args: CHROMIUM_ARGS });
    const figures: Figure[] = [];
    try {
      for (const slowdown of SLOWDOWNS) {
        for (const kind of ['answer', 'weight', 'preset'] as const) {
          const ms = await interaction(browser, origin, kind, slowdown);
          log(`${kind} at ${slowdown}x CPU slowdown: ${ms.toFixed(1)} ms`);
          figures.push({
            name: `decide: changing ${kind === 'answer' ? 'an answer' : kind === 'weight' ? 'a weight' : 'the preset'}, main thread (CPU ${slowdown === 1 ? 'as is' : `slowed ${slowdown}x`})`,
            value: ms,
            unit: 'ms',
            target: `<= ${TARGET_MS} ms`,
            met: ms <= TARGET_MS,
            note: `median of ${REPEATS}: ranking, flip points, reasons, export, URL, then style and layout`,
          });
        }
      }
      const page = await browser.newPage({ viewport: VIEWPORT });
      for (const path of ['decide/', 'decide/matrix/', 'decide/use-cases/']) {
        await page.goto(`${origin}/${path}?u=legal-drafting`, { waitUntil: 'networkidle' });
        const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
        figures.push({ name: `DOM elements, /${path} (real content)`, value: elements, unit: 'elements', ...(path === 'decide/' ? { target: '<= 1,500', met: elements <= 1500 } : {}), note: 'once loaded, started from a use case' });
      }
    } finally {
      await browser.close();
      server.close();
      rmSync(OUT, { recursive: true, force: true });
    }
    return figures;
  },
};
