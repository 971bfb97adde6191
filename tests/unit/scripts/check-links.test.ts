import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkLinks, describeBroken, scanHtml, sitePathOf } from '../../../scripts/check-links.ts';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

/** A built site on disk: file path (relative to the root) -> contents. */
function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rot-links-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A small valid site whose pages link to each other, to a fragment, a stylesheet and an image. */
const valid = (base: string) => ({
  'index.html': page(
    `<a href="${base}approaches/rag/">RAG</a> <a href="${base}approaches/rag/#sources">its sources</a> <a href="#main">skip</a>` +
      `<main id="main"><img src="${base}favicon.svg" srcset="${base}favicon.svg 1x, ${base}favicon.svg 2x" alt=""></main>` +
      '<a href="https://example.org/">elsewhere</a> <a href="mailto:a@b.c">mail</a>',
    `<link rel="stylesheet" href="${base}_astro/site.css"><link rel="canonical" href="http://localhost:4321${base}">`,
  ),
  'approaches/rag/index.html': page(`<h2 id="sources">Sources</h2><a href="../rag/">itself</a> <a href="../../">home</a> <a href="#top">top</a>`),
  '_astro/site.css': 'body{}',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'sitemap-index.xml': `<sitemapindex><sitemap><loc>http://localhost:4321${base}sitemap-0.xml</loc></sitemap></sitemapindex>`,
  'sitemap-0.xml': '<urlset/>',
});

describe('check-links', () => {
  it('resolves every internal link of a valid site, relative, absolute and fragment, and counts them', () => {
    const r = checkLinks(site(valid('/')), '/');
    assert.equal(r.broken, undefined, r.broken && describeBroken(r.broken));
    assert.equal(r.pages, 2);
    // index: 2 links + fragment + img src + 2 srcset + stylesheet + canonical; rag: 3.
    assert.equal(r.links, 11);
    assert.equal(r.external, 1);
  });

  it('resolves the same site under a sub-path base, and fails it when served at the root', () => {
    const root = site(valid('/sub/path/'));
    assert.equal(checkLinks(root, '/sub/path/').broken, undefined);
    const broken = checkLinks(root, '/').broken;
    assert.ok(broken);
    assert.match(describeBroken(broken), /no such (page|file)/);
  });

  it('names the page and the link of the first broken link: a missing page', () => {
    const files = { ...valid('/'), 'about/index.html': page('<p>About</p><a href="/approaches/ragg/">typo</a> <a href="/nope/">second</a>') };
    const r = checkLinks(site(files), '/');
    assert.ok(r.broken);
    assert.equal(describeBroken(r.broken), 'broken link on about/index.html: <a href="/approaches/ragg/">: no such page');
  });

  it('fails a fragment with no matching id in the target page', () => {
    const files = { ...valid('/'), 'index.html': page('<a href="/approaches/rag/#relations">relations</a>') };
    const r = checkLinks(site(files), '/');
    assert.match(r.broken?.reason ?? '', /no element with id "relations" in approaches\/rag\/index\.html/);
  });

  it('fails a same-page fragment with no target', () => {
    const files = { ...valid('/'), 'index.html': page('<a href="#mian">skip</a><main id="main"></main>') };
    assert.match(checkLinks(site(files), '/').broken?.reason ?? '', /no element with id "mian"/);
  });

  it('fails a link that leaves the base path, one without its trailing slash, and a missing asset', () => {
    const outside = checkLinks(site({ ...valid('/sub/'), 'x.html': page('<a href="/approaches/rag/">root</a>') }), '/sub/');
    assert.match(outside.broken?.reason ?? '', /outside the base path \/sub\//);
    const slash = checkLinks(site({ ...valid('/'), 'x.html': page('<a href="/approaches/rag">no slash</a>') }), '/');
    assert.match(slash.broken?.reason ?? '', /without its trailing slash/);
    const asset = checkLinks(site({ ...valid('/'), 'x.html': page('<script type="module" src="/_astro/gone.js"></script>') }), '/');
    assert.equal(asset.broken?.link.value, '/_astro/gone.js');
    assert.equal(asset.broken?.reason, 'no such file');
  });

  it('fails an absolute link to the site\'s own origin when the page is missing', () => {
    const r = checkLinks(site({ ...valid('/'), 'x.html': page('', '<link rel="canonical" href="http://localhost:4321/gone/">') }), '/');
    assert.equal(r.broken?.link.value, 'http://localhost:4321/gone/');
  });

  it('reads ids and links inside templates, and never treats escaped markup as a link', () => {
    const { links, ids } = scanHtml(page('<template><a id="t" href="/in-template/">x</a></template><p>&lt;a href="/not-a-link/"&gt;</p>'));
    assert.deepEqual(links.map((l) => l.value), ['/in-template/']);
    assert.ok(ids.has('t'));
  });

  it('maps built files to the site paths a server gives them', () => {
    assert.equal(sitePathOf('/d', '/d/index.html'), '/');
    assert.equal(sitePathOf('/d', '/d/approaches/rag/index.html'), '/approaches/rag/');
    assert.equal(sitePathOf('/d', '/d/404.html'), '/404.html');
  });
});
