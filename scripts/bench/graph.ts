/**
 * The graph view's benchmark: takes the builds of the real content and of each synthetic corpus size
 * (`npm run synth -- N`) that the build part made in this run, or builds them into bench/tmp/, serves
 * each as a real host would (precompressed), and in Chromium measures
 * the first frame of /graph/ after navigation, frames per second while panning and zooming, and the
 * gzip bytes of script the graph page and a node page load before any interaction.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../lib/find-chromium.ts';
import { createStaticServer } from '../lib/static-server.ts';
import { siteFor } from './support/sites.ts';
import type { BenchPart, Figure } from './types.ts';

interface Corpus {
  readonly label: string;
  /** CONTENT_DIR for the build; undefined for the real content. */
  readonly dir?: string;
  /** The build, once made or found. */
  out?: string;
}

const FIRST_FRAME_RUNS = 5;
/** The first frame's 300 ms target holds up to this many nodes: issue 12 sets it for the real content and 2,000 nodes, none beyond. */
const FIRST_FRAME_TARGET_NODES = 2000;
const FPS_SECONDS = 4;
const VIEWPORT = { width: 1280, height: 800 };
const KB = 1024;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Script a page runs before any interaction: every script response plus the inline scripts of its HTML, gzipped one by one. */
async function scriptBytes(browser: Browser, url: string, settle: (page: Page) => Promise<void>): Promise<{ bytes: number; files: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const bodies: Promise<{ url: string; bytes: number }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, bytes: gzipBytes(body) })));
  });
  await page.goto(url);
  await settle(page);
  await page.waitForLoadState('networkidle');
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''));
  const external = await Promise.all(bodies);
  await context.close();
  return {
    bytes: external.reduce((s, b) => s + b.bytes, 0) + inline.reduce((s, text) => s + gzipBytes(text), 0),
    files: external.map((b) => b.url),
  };
}

interface FirstFrame {
  /** The first canvas frame, from navigation start. */
  readonly frame: number;
  /** The HTML parsed (domInteractive): the page's own weight, list of every node included. */
  readonly parsed: number;
  /** The layout JSON parsed in the graph's script. */
  readonly data: number;
}

async function firstFrame(browser: Browser, url: string): Promise<FirstFrame> {
  // A fresh context each time: nothing cached, as for a reader arriving from elsewhere.
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('graph-first-frame').length > 0, undefined, { timeout: 60_000 });
  const timing = await page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { frame: mark('graph-first-frame'), parsed: nav.domInteractive, data: mark('graph-data') };
  });
  await context.close();
  return timing;
}

/**
 * Frames drawn per second while the view pans in a circle and zooms in and out, driven from
 * requestAnimationFrame; then the time to draw one full-quality frame once the view is still.
 */
async function panZoomFps(browser: Browser, url: string): Promise<{ fps: number; nodes: number; fullFrameMs: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('rot-graph-view[data-ready="true"]', { timeout: 60_000 });
  await page.locator('.gv-stage').scrollIntoViewIfNeeded();
  const result = await page.evaluate(async (seconds) => {
    type Canvas = { view(): { k: number; x: number; y: number }; setView(z: { k: number; x: number; y: number }, animate: boolean): void };
    const el = document.querySelector('rot-graph-view') as HTMLElement & { canvas: Canvas; rendered(): { nodes: string[] } };
    const graph = el.canvas;
    const start = graph.view();
    const nodes = el.rendered().nodes.length;
    return new Promise<{ fps: number; nodes: number }>((done) => {
      let frames = 0;
      let t0 = 0;
      const step = (now: number) => {
        if (!t0) t0 = now;
        else frames++;
        const t = (now - t0) / 1000;
        graph.setView({ k: start.k * (1.6 + 0.6 * Math.sin(t * 2.1)), x: start.x + 80 * Math.cos(t * 1.3), y: start.y + 80 * Math.sin(t * 1.3) }, false);
        if (now - t0 < seconds * 1000) requestAnimationFrame(step);
        else done({ fps: frames / ((now - t0) / 1000), nodes });
      };
      requestAnimationFrame(step);
    });
  }, FPS_SECONDS);
  await page.waitForTimeout(300);
  const fullFrameMs = await page.evaluate(() => {
    // draw() is the canvas controller's own frame; getImageData waits until the pixels are really there.
    const el = document.querySelector('rot-graph-view') as HTMLElement & { canvas: { draw(): void } };
    const ctx = el.querySelector('canvas')!.getContext('2d')!;
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      el.canvas.draw();
      ctx.getImageData(0, 0, 1, 1);
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[7]!;
  });
  await context.close();
  return { ...result, fullFrameMs };
}

async function measure(browser: Browser, corpus: Corpus, log: (m: string) => void): Promise<Figure[]> {
  const server = createStaticServer({ root: corpus.out! });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  try {
    const doc = JSON.parse(readFileSync(join(corpus.out!, 'graph', 'layout.json'), 'utf8')) as { nodes: { id: string; kind: string }[]; edges: unknown[] };
    const size = `${corpus.label}, ${doc.nodes.length} nodes, ${doc.edges.length} edges`;
    const runs: FirstFrame[] = [];
    for (let i = 0; i < FIRST_FRAME_RUNS; i++) runs.push(await firstFrame(browser, `${origin}/graph/`));
    const frames = runs.map((r) => r.frame);
    log(`${corpus.label}: first frame ${frames.map((f) => f.toFixed(0)).join(', ')} ms`);
    const { fps, nodes, fullFrameMs } = await panZoomFps(browser, `${origin}/graph/`);
    log(`${corpus.label}: ${fps.toFixed(1)} fps panning and zooming (${nodes} nodes in the first frame)`);
    const graphPage = await scriptBytes(browser, `${origin}/graph/`, (p) => p.waitForSelector('rot-graph-view[data-ready="true"]').then(() => undefined));
    const sample = doc.nodes.find((n) => n.id === 'rag') ?? doc.nodes[0]!;
    const nodePage = await scriptBytes(browser, `${origin}/${sample.kind}/${sample.id}/`, async () => {});
    const home = await scriptBytes(browser, `${origin}/`, async () => {});
    const graphOnHome = home.files.filter((f) => /graph|local-view/i.test(f)).length;
    const htmlBytes = gzipBytes(readFileSync(join(corpus.out!, 'graph', 'index.html')));
    const jsonBytes = gzipBytes(readFileSync(join(corpus.out!, 'graph', 'layout.json')));
    const ff = median(frames);
    return [
      { name: `graph first frame after navigation (${size})`, value: ff, unit: 'ms', ...(doc.nodes.length <= FIRST_FRAME_TARGET_NODES ? { target: '<= 300 ms', met: ff <= 300 } : {}), note: `median of ${FIRST_FRAME_RUNS} cold loads: ${frames.map((f) => f.toFixed(0)).join(', ')} ms; medians: HTML parsed at ${median(runs.map((r) => r.parsed)).toFixed(0)} ms, layout JSON parsed at ${median(runs.map((r) => r.data)).toFixed(0)} ms` },
      {
        name: `graph fps while panning and zooming (${corpus.label})`,
        value: fps,
        unit: 'fps',
        target: '>= 30 fps',
        met: fps >= 30,
        note: `${FPS_SECONDS} s of requestAnimationFrame, ${VIEWPORT.width}x${VIEWPORT.height} at device pixel ratio 1${doc.nodes.length + doc.edges.length > 3000 ? '; frames in motion drawn light (edges hidden, as Sigma hideEdgesOnMove)' : ''}`,
      },
      { name: `graph full-quality frame once still, draw time (${corpus.label})`, value: fullFrameMs, unit: 'ms', note: 'median of 15, every node, edge and label' },
      { name: `graph page script, gzip (${corpus.label})`, value: graphPage.bytes / KB, unit: 'KB', target: '<= 40 KB', met: graphPage.bytes <= 40 * KB, note: graphPage.files.join(' ') },
      { name: `node page script before interaction, gzip (${corpus.label})`, value: nodePage.bytes / KB, unit: 'KB', target: '<= 10 KB (issue 8)', met: nodePage.bytes <= 10 * KB, note: `/${sample.kind}/${sample.id}/ without scrolling: ${nodePage.files.join(' ')}` },
      { name: `graph script files loaded by the home page (${corpus.label})`, value: graphOnHome, unit: 'files', target: '0', met: graphOnHome === 0 },
      { name: `graph page HTML, gzip (${corpus.label})`, value: htmlBytes / KB, unit: 'KB', note: 'the canvas, its controls and the no-JavaScript picture; the list of every node is /graph/list/' },
      { name: `graph layout JSON, gzip (${corpus.label})`, value: jsonBytes / KB, unit: 'KB' },
    ];
  } finally {
    server.close();
  }
}

export const part: BenchPart = {
  title: 'Graph view',
  async run({ sizes, log }) {
    const corpora: Corpus[] = [{ label: 'real content' }, ...sizes.map((n) => ({ label: `${n} synthetic`, dir: `synth/${n}` }))];
    const figures: Figure[] = [];
    for (const corpus of corpora) {
      if (corpus.dir && !existsSync(corpus.dir)) run(process.execPath, ['scripts/synth.ts', corpus.dir.split('/').at(-1)!]);
      corpus.out = siteFor(log, corpus.dir);
    }
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      for (const corpus of corpora) figures.push(...(await measure(browser, corpus, log)));
    } finally {
      await browser.close();
    }
    return figures;
  },
};
