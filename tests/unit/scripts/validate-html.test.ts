import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { formatMessage, isProblem, summarise, validateSite, type VnuMessage } from '../../../scripts/validate-html.ts';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// A page shaped like Astro's: a CSP meta listing the hash of its one <style> element, and a same-site stylesheet.
const style = 'p{color:red}';
const csp = `default-src 'self'; style-src 'self' 'sha256-${createHash('sha256').update(style).digest('base64')}'`;
const doc = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><meta http-equiv="content-security-policy" content="${csp}"><link rel="stylesheet" href="/_astro/a.css"><style>${style}</style></head><body>${body}</body></html>`;

describe('validate-html (vnu.jar)', () => {
  it('passes a valid site and fails one with an HTML error, naming the file and line', () => {
    const root = mkdtempSync(join(tmpdir(), 'rot-vnu-'));
    dirs.push(root);
    mkdirSync(join(root, 'ok'));
    mkdirSync(join(root, '_astro'));
    writeFileSync(join(root, '_astro/a.css'), 'p{}');
    writeFileSync(join(root, 'ok/index.html'), doc('<main><p>Fine.</p></main>'));
    writeFileSync(join(root, 'index.html'), doc('<main><p>Fine.</p></main>'));
    const clean = validateSite(root);
    assert.equal(clean.files, 2);
    assert.deepEqual(clean.problems.map((p) => formatMessage(p, root)), []);

    writeFileSync(join(root, 'ok/index.html'), doc('<main><ul><div>not a list item</div></ul></main>'));
    const broken = validateSite(root);
    assert.equal(broken.problems.length, 1, broken.problems.map((p) => formatMessage(p, root)).join('\n'));
    assert.match(formatMessage(broken.problems[0]!, root), /^ok\/index\.html:1:\d+: error: Element “div” not allowed as child of element “ul”/);
    assert.match(summarise(broken.problems, root)[0]!, /^1× error: Element “div” not allowed as child of element “ul”[^\n]*\n    at ok\/index\.html:1:\d+\n    .*<div>/);
  });

  it('excuses vnu\'s CSP false positives for <style> elements and same-site stylesheets, never a style attribute', () => {
    const inline = 'Inline style violates Content Security Policy (meta tag): blocked by “style-src” directive (missing “‘unsafe-inline’” or nonce/hash).';
    const warn = (m: Partial<VnuMessage>): VnuMessage => ({ type: 'info', subType: 'warning', message: inline, ...m });
    assert.equal(isProblem(warn({ extract: 'css"><style>.kind-', hiliteStart: 5, hiliteLength: 7 })), false);
    assert.equal(isProblem(warn({ extract: '<p style="color:red">', hiliteStart: 0, hiliteLength: 21 })), true);
    const sheet = (url: string) => warn({ message: `Resource violates Content Security Policy (meta tag): external stylesheet “${url}” blocked by “style-src” directive.` });
    assert.equal(isProblem(sheet('/_astro/Base.css')), false);
    assert.equal(isProblem(sheet('//cdn.example.org/x.css')), true);
    assert.equal(isProblem(sheet('https://cdn.example.org/x.css')), true);
    assert.equal(isProblem({ type: 'info', message: 'Trailing slash on void elements has no effect.' }), false);
    assert.equal(isProblem({ type: 'error', message: 'Duplicate ID “x”.' }), true);
  });
});
