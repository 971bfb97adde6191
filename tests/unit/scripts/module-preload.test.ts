import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunkImports, preloadsOf, preloadTransform, withModulePreloads } from '../../../scripts/lib/module-preload.ts';

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

  it('adds nothing a page already lists, so a second pass changes nothing, and leaves files other than pages alone', () => {
    const html = '<html><head></head><body><script type="module" src="/_astro/graph.js"></script></body></html>';
    const transform = preloadTransform(imports, '/');
    const once = transform('dist/graph/index.html', Buffer.from(html));
    assert.equal((once.toString().match(/modulepreload/g) ?? []).length, 4);
    assert.equal(withModulePreloads(once.toString(), imports, '/'), once.toString());
    const js = Buffer.from('<script type="module" src="/_astro/graph.js"></script></head>');
    assert.equal(transform('dist/_astro/x.js', js), js);
  });

  it('records each chunk\'s static imports from the bundle, and nothing of its assets', () => {
    const into = new Map<string, readonly string[]>();
    chunkImports(into).generateBundle({}, { '_astro/a.js': { type: 'chunk', imports: ['_astro/b.js'] }, '_astro/b.js': { type: 'chunk', imports: [] }, '_astro/x.css': { type: 'asset' } });
    assert.deepEqual([...into], [['_astro/a.js', ['_astro/b.js']], ['_astro/b.js', []]]);
  });
});
