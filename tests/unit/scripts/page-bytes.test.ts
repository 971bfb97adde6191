import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { pageBytes, staticImports } from '../../../scripts/lib/page-bytes.ts';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const gz = (s: string) => gzipSync(s).length;

describe('page-bytes', () => {
  it('finds static imports and leaves dynamic ones out', () => {
    assert.deepEqual(staticImports('import{a as b}from"./a.js";import"./b.js";export*from"./c.js";const d=()=>import("./lazy.js");'), ['./a.js', './b.js', './c.js']);
  });

  it('sums a page\'s HTML, CSS and the JS it runs before interaction, under a base path', () => {
    const root = mkdtempSync(join(tmpdir(), 'rot-bytes-'));
    dirs.push(root);
    const files: Record<string, string> = {
      '_astro/entry.js': 'import{x}from"./shared.js";document.body.dataset.x=x;const l=()=>import("./lazy.js");',
      '_astro/shared.js': 'export const x="shared";',
      '_astro/lazy.js': `export const big="${'y'.repeat(5000)}";`,
      '_astro/site.css': 'body{color:red}',
    };
    const inline = 'window.a=1;';
    const style = 'p{margin:0}';
    const html = `<!doctype html><html><head><link rel="stylesheet" href="/sub/_astro/site.css"><style>${style}</style><script>${inline}</script><script type="application/json">{"not":"code"}</script></head><body><script type="module" src="/sub/_astro/entry.js"></script><script type="module" src="/sub/_astro/entry.js"></script></body></html>`;
    for (const [p, t] of Object.entries({ ...files, 'page/index.html': html })) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), t);
    }
    const b = pageBytes(root, join(root, 'page/index.html'), '/sub/');
    assert.equal(b.html, gz(html));
    assert.equal(b.css, gz(files['_astro/site.css']!) + gz(style));
    assert.equal(b.js, gz(inline) + gz(files['_astro/entry.js']!) + gz(files['_astro/shared.js']!));
  });
});
