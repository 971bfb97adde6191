import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageOutput } from '../../../scripts/lib/build-output.ts';
import { chunkImports, preloadsOf, withModulePreloads } from '../../../scripts/lib/module-preload.ts';

const imports = new Map<string, readonly string[]>([
  ['_astro/graph.js', ['_astro/define.js', '_astro/canvas.js']],
  ['_astro/canvas.js', ['_astro/d3.js', '_astro/define.js']],
  ['_astro/d3.js', []],
  ['_astro/define.js', []],
  ['_astro/search.js', ['_astro/define.js']],
]);

describe('module preloads', () => {
  it('lists every chunk the page\'s module scripts load, each once, entries before what they import', () => {
    const html = '<head></head><body><script type="module" src="/sub/_astro/search.js"></script><script type="module" src="/sub/_astro/graph.js"></script></body>';
    assert.deepEqual(preloadsOf(html, imports, '/sub/'), ['_astro/search.js', '_astro/define.js', '_astro/graph.js', '_astro/canvas.js', '_astro/d3.js']);
  });

  it('writes the links at the end of the head, under the base path', () => {
    const html = '<html><head><title>x</title></head><body><script type="module" src="/_astro/canvas.js"></script></body></html>';
    assert.equal(
      withModulePreloads(html, imports, '/'),
      '<html><head><title>x</title><link rel="modulepreload" href="/_astro/canvas.js"><link rel="modulepreload" href="/_astro/d3.js"><link rel="modulepreload" href="/_astro/define.js"></head><body><script type="module" src="/_astro/canvas.js"></script></body></html>',
    );
  });

  it('leaves a page alone when its scripts are inline, classic or not the build\'s', () => {
    const html = '<head></head><body><script>window.a=1</script><script src="/_astro/graph.js"></script><script type="module" src="https://cdn.example/_astro/graph.js"></script></body>';
    assert.equal(withModulePreloads(html, imports, '/'), html);
  });

  it('adds nothing a page already lists, so a second pass changes nothing', () => {
    const html = '<html><head></head><body><script type="module" src="/_astro/graph.js"></script></body></html>';
    const once = withModulePreloads(html, imports, '/');
    assert.equal((once.match(/modulepreload/g) ?? []).length, 4);
    assert.equal(withModulePreloads(once, imports, '/'), once);
  });

  it('links the chunks of each rendered page, leaves other files alone, and compresses the bytes it returns', async () => {
    const compressed = new Map<string, string>();
    const output = pageOutput(imports, '/', { add: async (pathname, body) => void compressed.set(pathname, new TextDecoder().decode(body)) });
    const html = '<html><head></head><body><script type="module" src="/_astro/graph.js"></script></body></html>';
    const page = new TextDecoder().decode(await output.page('/graph/', 200, 'text/html; charset=utf-8', new TextEncoder().encode(html)));
    assert.equal((page.match(/modulepreload/g) ?? []).length, 4);
    assert.equal(compressed.get('/graph/'), page, 'what is compressed is what is written');
    const missing = new TextDecoder().decode(await output.page('/404/', 404, 'text/html', new TextEncoder().encode(html)));
    assert.equal((missing.match(/modulepreload/g) ?? []).length, 4, 'the 404 page is linked too');
    assert.equal(compressed.has('/404/'), false, 'but left to the final pass, which knows where it is written');
    const json = '{"html":"<script type=\\"module\\" src=\\"/_astro/graph.js\\"></script></head>"}';
    assert.equal(new TextDecoder().decode(await output.page('/api/x.json', 200, 'application/json', new TextEncoder().encode(json))), json);
  });

  it('records each chunk\'s static imports from the bundle, and nothing of its assets', () => {
    const into = new Map<string, readonly string[]>();
    chunkImports(into).generateBundle({}, { '_astro/a.js': { type: 'chunk', imports: ['_astro/b.js'] }, '_astro/b.js': { type: 'chunk', imports: [] }, '_astro/x.css': { type: 'asset' } });
    assert.deepEqual([...into], [['_astro/a.js', ['_astro/b.js']], ['_astro/b.js', []]]);
  });
});
