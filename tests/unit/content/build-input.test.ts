/**
 * Bad content stops `npm run build` with the file and the field: each test copies the mini fixture,
 * breaks it in one way and builds it through CONTENT_DIR into a temporary folder (dist/ is untouched).
 * The validator's own rules are unit-tested in validate.test.ts and check-content.test.ts; these are the
 * end-to-end cases, invalid MDX among them, which only Astro's build can see.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/** Builds a copy of the mini fixture after `change`; returns the exit code and everything printed. */
function buildAfter(change: (dir: string) => void): { status: number | null; out: string; built: boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'rot-bad-'));
  const content = join(dir, 'content');
  const outDir = join(dir, 'dist');
  try {
    cpSync('tests/fixtures/mini', content, { recursive: true });
    change(content);
    const r = spawnSync('npm', ['run', 'build', '--silent', '--', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 180_000,
    });
    return { status: r.status, out: r.stdout + r.stderr, built: existsSync(join(outDir, 'index.html')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    // astro.config.mjs gives each CONTENT_DIR a cache folder of its own; this one is not needed again.
    rmSync(`node_modules/.astro-${createHash('sha256').update(content).digest('hex').slice(0, 8)}`, { recursive: true, force: true });
  }
}

/** Replaces `from` by `to` in a fixture file, failing if `from` is not there (so the break really happens). */
function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  assert.notEqual(next, text, `${file} has no ${from}`);
  writeFileSync(path, next);
}

/** The build failed, printing a line that names the file and the field. */
function assertFails(r: ReturnType<typeof buildAfter>, line: RegExp): void {
  assert.notEqual(r.status, 0, `the build passed:\n${r.out.slice(-2000)}`);
  assert.equal(r.built, false, 'the build wrote pages');
  assert.match(r.out, line, r.out.slice(-3000));
}

describe('npm run build on malformed content', () => {
  it('fails on a broken reference, naming the file, the field and the missing id', () => {
    const r = buildAfter((d) => edit(d, 'pitfalls/slow-lookups.mdx', '{ type: disfavors, to: rag }', '{ type: disfavors, to: rga }'));
    assertFails(r, /pitfalls\/slow-lookups\.mdx: relations\.0\.to: found "rga", which is no node's id; expected the id of an existing node/);
  });

  it('fails on an unknown relation type', () => {
    const r = buildAfter((d) => edit(d, 'pitfalls/slow-lookups.mdx', 'type: disfavors', 'type: loathes'));
    assertFails(r, /pitfalls\/slow-lookups\.mdx: relations\.0\.type: found "loathes"; expected a relation type: /);
  });

  it('fails on a duplicate id, naming both files', () => {
    // A valid tool that takes the id of the technique techniques/reranking.mdx.
    const tool = '---\ntitle: A reranker library\nsummary: A library that reorders passages.\ncategory: library\nsources: [paper-one]\n---\nBody.\n';
    const r = buildAfter((d) => writeFileSync(join(d, 'tools/reranking.mdx'), tool));
    assertFails(r, /Content validation failed: 1 problem\b/);
    assert.match(r.out, /(techniques|tools)\/reranking\.mdx: \(file name\): found id "reranking", also used by \S*(tools|techniques)\/reranking\.mdx; expected an id unique across all kinds/);
  });

  it('fails on a missing required field', () => {
    const r = buildAfter((d) => edit(d, 'approaches/rag.mdx', /^summary: .*\n/m, ''));
    assertFails(r, /approaches\/rag\.mdx: summary: found (nothing|undefined|no value)[^;]*; expected /);
  });

  it('fails on a level a criterion does not have', () => {
    const r = buildAfter((d) => edit(d, 'use-cases/news-bot.mdx', 'freshness: daily', 'freshness: hourly'));
    assertFails(r, /use-cases\/news-bot\.mdx: profile\.freshness: found "hourly"; expected a level of criterion freshness: /);
  });

  it('fails on an effect out of range and an effect on an unknown approach', () => {
    const range = buildAfter((d) => edit(d, 'criteria/freshness.mdx', 'approach: rag, score: 2,', 'approach: rag, score: 5,'));
    assertFails(range, /criteria\/freshness\.mdx: levels\.0\.effects\.0\.score: found 5; expected /);
    const unknown = buildAfter((d) => edit(d, 'criteria/freshness.mdx', 'approach: rag, score: 2,', 'approach: rga, score: 2,'));
    assertFails(unknown, /criteria\/freshness\.mdx: levels\.0\.effects\.0\.approach: found "rga"/);
  });

  it('fails on invalid MDX in a body, naming the file and the line', () => {
    const r = buildAfter((d) => writeFileSync(join(d, 'tools/vector-db.mdx'), readFileSync(join(d, 'tools/vector-db.mdx'), 'utf8') + '\nA <div>that is never closed.\n'));
    assert.match(r.out, /Content OK/, 'the content check passes: only Astro sees the body');
    assertFails(r, /tools\/vector-db\.mdx:\d+:\d+/);
    assert.match(r.out, /Expected a closing tag for `<div>`/);
  });
});
