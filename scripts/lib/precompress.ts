/**
 * Precompression of a built site: a `.br` and a `.gz` beside every text file, so any static host
 * (and `npm start`, through sirv) sends compressed bytes without compressing on each request.
 * Runs from the Astro integration in astro.config.mjs: most files while the build renders them
 * (earlyCompressor, fed by src/middleware.ts), then a pass over the whole output for the rest.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Text files worth compressing; images and fonts are compressed already. */
export const TEXT_EXTENSIONS: readonly string[] = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.md', '.webmanifest', '.map'];

/** Below this many bytes a compressed copy saves less than its own headers cost. */
export const MIN_BYTES = 1024;

/**
 * Compression levels, measured on the real build (568 files, 20.7 MB): brotli 6 gives 4,162 KB in
 * 0.5 s of CPU where 9 gives 4,134 KB in 7 s, and gzip 6 gives 4,555 KB in 0.3 s where 9 gives
 * 4,491 KB in 0.8 s; at thousands of pages the denser levels would be a large part of the build.
 * The bundled /_astro/ assets, few and shared by every page, get brotli's densest.
 */
const BROTLI_QUALITY = 6;
const BROTLI_QUALITY_ASSETS = 11;
const GZIP_LEVEL = 6;

/** Files compressed at once: zlib works on libuv's thread pool, so a few in flight keep it busy. */
const CONCURRENCY = 8;
/**
 * Pages waiting for compression while the build renders, beyond which rendering waits: one worker
 * keeps the second core busy without taking the first from rendering.
 */
const MAX_WAITING = 32;

const br = promisify(brotliCompress);
const gz = promisify(gzip);

export interface PrecompressResult {
  /** Text files given compressed copies. */
  readonly files: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly brotliBytes: number;
}

/** Whether a built file is one the precompression writes a copy of (never a copy itself). */
export function isCompressible(file: string, size: number): boolean {
  return size >= MIN_BYTES && TEXT_EXTENSIONS.includes(extname(file).toLowerCase());
}

/** The two encodings of one file's bytes, written beside it; their sizes. */
async function compressTo(file: string, body: Uint8Array): Promise<{ br: number; gz: number }> {
  const quality = file.split(sep).includes('_astro') ? BROTLI_QUALITY_ASSETS : BROTLI_QUALITY;
  const [b, g] = await Promise.all([
    br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gz(body, { level: GZIP_LEVEL }),
  ]);
  await Promise.all([writeFile(`${file}.br`, b), writeFile(`${file}.gz`, g)]);
  return { br: b.length, gz: g.length };
}

/** What the early pass compressed: the bytes' length and digest, and the sizes of their encodings. */
interface Done {
  readonly size: number;
  readonly digest: string;
  readonly br: number;
  readonly gz: number;
}

const digest = (body: Uint8Array): string => createHash('sha1').update(body).digest('base64');

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file under `root`; returns totals.
 * Files `done` already compressed from the same bytes are left as they are.
 */
export async function precompress(root: string, done: ReadonlyMap<string, Done> = new Map()): Promise<PrecompressResult> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && TEXT_EXTENSIONS.includes(extname(e.name).toLowerCase())).map((e) => join(e.parentPath, e.name));
  const totals = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const body = await readFile(file);
      if (!isCompressible(file, body.length)) continue;
      const early = done.get(file);
      const sizes = early && early.size === body.length && early.digest === digest(body) ? early : await compressTo(file, body);
      totals.files++;
      totals.bytes += body.length;
      totals.gzipBytes += sizes.gz;
      totals.brotliBytes += sizes.br;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return totals;
}

/**
 * The file Astro writes for the page at `pathname` (base path included) in `root`, with its
 * `build.format: 'directory'`: `a/b/` is `a/b/index.html`, `a/b.json` itself. Undefined where that
 * is not certain (`/404`, anything outside the base), which the final pass then covers.
 */
export function outFileOf(root: string, base: string, pathname: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return undefined;
  }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  else if (!extname(rel)) return undefined;
  const top = resolve(root);
  const file = resolve(top, rel);
  return file.startsWith(top + sep) ? file : undefined;
}

export interface EarlyCompressor {
  /** Takes the bytes of the page at `pathname` (base path included); resolves when there is room for more. */
  add(pathname: string, body: Uint8Array): Promise<void>;
  /** Waits for the pages handed over, then compresses whatever they did not cover; the totals of both. */
  finish(): Promise<PrecompressResult & { readonly early: number }>;
}

/**
 * Compresses pages as the build renders them, one at a time on the thread pool, into the files
 * Astro will write under `root`; `finish` then checks every file against what was compressed.
 */
export function earlyCompressor(root: string, base: string): EarlyCompressor {
  const done = new Map<string, Done>();
  // One worker thread compresses and writes, so neither the encoders' setup nor the file writes take
  // the rendering thread's time; its source is inline because the Astro config that loads this module
  // is bundled elsewhere, where a worker file beside it would not be found.
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { brotli: BROTLI_QUALITY, brotliAssets: BROTLI_QUALITY_ASSETS, gzip: GZIP_LEVEL } });
  worker.unref();
  let inFlight = 0;
  /** Pages held back until fewer are waiting, and what waits for the last to finish. */
  const blocked: (() => void)[] = [];
  const idle: (() => void)[] = [];
  worker.on('message', (reply: { file: string } & Partial<Done>) => {
    inFlight--;
    if (reply.digest !== undefined) done.set(reply.file, reply as Done);
    while (blocked.length && inFlight < MAX_WAITING) blocked.shift()!();
    if (inFlight === 0) while (idle.length) idle.shift()!();
  });
  // A worker that fails leaves its files to the final pass.
  worker.on('error', () => {
    inFlight = 0;
    for (const wake of [...blocked.splice(0), ...idle.splice(0)]) wake();
  });
  return {
    add(pathname, body) {
      const file = outFileOf(root, base, pathname);
      if (!file || !isCompressible(file, body.length)) return Promise.resolve();
      // A copy, handed over whole: the page's own bytes still go to Astro to write.
      const copy = body.slice();
      inFlight++;
      worker.postMessage({ file, body: copy }, [copy.buffer]);
      return inFlight < MAX_WAITING ? Promise.resolve() : new Promise<void>((resolve) => blocked.push(resolve));
    },
    async finish() {
      if (inFlight > 0) await new Promise<void>((resolve) => idle.push(resolve));
      await worker.terminate();
      const early = done.size;
      return { ...(await precompress(root, done)), early };
    },
  };
}

/**
 * The compression worker, as source text (plain JavaScript, which no bundler rewrites): for each file
 * it is sent, both encodings written beside it and, back to the sender, the bytes' length and digest
 * and the encodings' sizes; an empty reply when anything failed.
 */
const WORKER_SOURCE = `
const { parentPort, workerData: levels } = require('node:worker_threads');
const { mkdir, writeFile } = require('node:fs/promises');
const { dirname, sep } = require('node:path');
const { createHash } = require('node:crypto');
const zlib = require('node:zlib');
// Compression runs here, one file at a time; the writes go to the thread pool and overlap, since
// creating a file is mostly waiting on the disk.
parentPort.on('message', async ({ file, body }) => {
  try {
    const quality = file.split(sep).includes('_astro') ? levels.brotliAssets : levels.brotli;
    const b = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    const g = zlib.gzipSync(body, { level: levels.gzip });
    const digest = createHash('sha1').update(body).digest('base64');
    await mkdir(dirname(file), { recursive: true });
    await Promise.all([writeFile(file + '.br', b), writeFile(file + '.gz', g)]);
    parentPort.postMessage({ file, size: body.length, digest, br: b.length, gz: g.length });
  } catch {
    parentPort.postMessage({ file });
  }
});
`;
