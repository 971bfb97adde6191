import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/** Runs the build's content check on a copy of the mini fixture after `change`. */
function checkAfter(change: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'rot-content-'));
  try {
    cpSync('tests/fixtures/mini', dir, { recursive: true });
    change(dir);
    const r = spawnSync(process.execPath, ['scripts/check-content.ts', dir], { encoding: 'utf8' });
    return { status: r.status, out: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('npm run check:content', () => {
  it('passes the mini fixture', () => {
    const r = checkAfter(() => {});
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /Content OK: 15 nodes/);
  });

  it('fails when a linked node is deleted, naming each linking file and the missing id', () => {
    const r = checkAfter((dir) => rmSync(join(dir, 'tools/vector-db.mdx')));
    assert.equal(r.status, 1);
    for (const file of ['techniques/reranking.mdx']) {
      assert.match(r.out, new RegExp(`${file.replace('.', '\\.')}: relations\\.\\d\\.to: found "vector-db", which is no node's id`));
    }
    assert.equal(r.out.match(/"vector-db", which is no node's id/g)?.length, 2, r.out);
  });

  it('fails on frontmatter that is not YAML, naming the file', () => {
    const r = checkAfter((dir) => writeFileSync(join(dir, 'pitfalls/slow-lookups.mdx'), '---\ntitle: [unclosed\n---\nBody.\n'));
    assert.equal(r.status, 1);
    assert.match(r.out, /pitfalls\/slow-lookups\.mdx: frontmatter is not valid YAML/);
  });
});
