import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { verifiedHostOrigin } from '../../../src/lib/embed/origin.ts';
import { noticeText } from '../../../src/lib/shared/url-notice.ts';
import { NODE_CARD_OPTIONS, THEME_OPTION, inlineOptions, nonDefault, readOptions } from '../../../src/lib/embed/options.ts';
import { embedUrl, isEmbedPath, isFrameId } from '../../../src/lib/embed/path.ts';
import { escapeHtml, iframeSnippet, scriptSnippet } from '../../../src/lib/embed/snippet.ts';
import { README_SITE, composeSnippet, readmeSnippet } from '../../fixtures/host/compose.ts';

describe('embed paths', () => {
  it('accepts view and node paths and refuses anything that could leave embed/', () => {
    for (const ok of ['node/rag', 'decide', 'node/lost-in-the-middle', 'graph']) assert.equal(isEmbedPath(ok), true, ok);
    for (const bad of ['', '../about', 'node/../x', 'node//rag', '/node/rag', 'node/rag/', 'Node/RAG', 'node/rag?x=1', 'https://evil.example/', 'node/-rag']) {
      assert.equal(isEmbedPath(bad), false, bad);
    }
  });

  it('builds the embed URL under the site and its base path', () => {
    assert.equal(embedUrl('https://example.org/retrieve-or-tune/', 'node/rag', { theme: 'dark' }), 'https://example.org/retrieve-or-tune/embed/node/rag/?theme=dark');
    assert.throws(() => embedUrl('https://example.org/', '../x'));
  });

  it('accepts only short word-character frame ids', () => {
    assert.equal(isFrameId('rot1a2b3c'), true);
    for (const bad of ['', 'a b', '<x>', 'x'.repeat(65)]) assert.equal(isFrameId(bad), false, bad);
  });
});

describe('embed options', () => {
  const spec = [THEME_OPTION, ...NODE_CARD_OPTIONS];

  it('reads allowed values and defaults the missing ones', () => {
    const { values, notices } = readOptions(spec, new URLSearchParams('theme=dark'));
    assert.deepEqual(values, { theme: 'dark', relations: 'on' });
    assert.deepEqual(notices, []);
  });

  it('falls back to the default and says why for a value outside the set', () => {
    const { values, notices } = readOptions(spec, new URLSearchParams('theme=purple&relations=<b>'));
    assert.deepEqual(values, { theme: 'auto', relations: 'on' });
    assert.deepEqual(notices.map(noticeText), [
      'Ignored “purple” in “theme”: expected auto, light or dark; showing auto.',
      'Ignored “<b>” in “relations”: expected on or off; showing on.',
    ]);
  });

  it('leaves default values out', () => {
    assert.deepEqual(nonDefault(spec, { theme: 'auto', relations: 'off' }), { relations: 'off' });
  });

  it('cuts a long list of choices to its default for the page, and says so', () => {
    const focus = { name: 'focus', label: 'Centre on node', choices: [{ value: '', label: 'None' }, ...Array.from({ length: 50 }, (_, i) => ({ value: `n${i}`, label: `Node ${i}` }))], default: '' };
    const { options, cut } = inlineOptions([THEME_OPTION, focus], 40);
    assert.equal(cut, true);
    assert.deepEqual(options, [THEME_OPTION, { ...focus, choices: [{ value: '', label: 'None' }] }]);
    assert.deepEqual(inlineOptions(spec, 40), { options: spec, cut: false });
  });
});

describe('the host origin an embed posts to', () => {
  const host = 'https://blog.example';
  it('is the claimed origin when the referrer and ancestorOrigins agree', () => {
    assert.equal(verifiedHostOrigin({ claimed: host, referrer: `${host}/`, ancestor: host }), host);
    assert.equal(verifiedHostOrigin({ claimed: host, referrer: `${host}/post/1`, ancestor: undefined }), host);
  });

  it('is nothing when the claim is missing, malformed or contradicted', () => {
    assert.equal(verifiedHostOrigin({ claimed: null, referrer: `${host}/` }), undefined);
    assert.equal(verifiedHostOrigin({ claimed: '*', referrer: `${host}/` }), undefined);
    assert.equal(verifiedHostOrigin({ claimed: 'javascript:alert(1)', referrer: `${host}/` }), undefined);
    assert.equal(verifiedHostOrigin({ claimed: host, referrer: '' }), undefined);
    assert.equal(verifiedHostOrigin({ claimed: host, referrer: 'https://evil.example/' }), undefined);
    assert.equal(verifiedHostOrigin({ claimed: host, referrer: `${host}/`, ancestor: 'https://evil.example' }), undefined);
  });
});

describe('snippets', () => {
  const target = { site: 'https://example.org/sub/', path: 'node/rag', title: 'RAG "quoted" <b>', page: 'approaches/rag/' };

  it('writes the placeholder with options as data attributes, a fallback link and the script', () => {
    const s = scriptSnippet({ ...target, options: { theme: 'dark', relations: 'off' } });
    assert.equal(
      s,
      [
        '<div data-rot-embed="node/rag" data-theme="dark" data-relations="off">',
        '  <a href="https://example.org/sub/approaches/rag/">RAG &quot;quoted&quot; &lt;b&gt;</a>',
        '</div>',
        '<script src="https://example.org/sub/embed.js" async></script>',
      ].join('\n'),
    );
    assert.match(scriptSnippet({ ...target, height: 300 }), /data-height="300"/);
  });

  it('writes a fixed-height iframe with the options in its URL, escaped', () => {
    const s = iframeSnippet({ ...target, options: { theme: 'dark', relations: 'off' }, height: 480 });
    assert.equal(
      s,
      '<iframe src="https://example.org/sub/embed/node/rag/?theme=dark&amp;relations=off" title="RAG &quot;quoted&quot; &lt;b&gt;" width="100%" height="480" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" style="border:0"></iframe>',
    );
  });

  it('refuses option names embed.js reserves or could not write', () => {
    assert.throws(() => scriptSnippet({ ...target, options: { height: '3' } }));
    assert.throws(() => scriptSnippet({ ...target, options: { 'on"click': 'x' } }));
    assert.throws(() => scriptSnippet({ ...target, path: '../x' }));
  });

  it('escapes every character that matters in HTML', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('is exactly the snippet the README shows', () => {
    const readme = readmeSnippet(readFileSync('README.md', 'utf8'));
    const written = scriptSnippet({
      site: README_SITE,
      path: 'decide',
      title: 'Decision matrix: RAG, fine-tuning or both? (Retrieve or Tune)',
      page: 'decide/',
      options: { theme: 'auto', u: 'clinical-decision-support' },
    });
    assert.equal(readme, written);
  });

  it('the host fixture swaps only the site, the embed path and the theme', () => {
    const readme = readmeSnippet(readFileSync('README.md', 'utf8'));
    const out = composeSnippet(readme, { site: 'http://localhost:9/base/', embed: 'cost', theme: 'dark' });
    assert.match(out, /data-rot-embed="cost" data-theme="dark" data-u="clinical-decision-support"/);
    assert.match(out, /<script src="http:\/\/localhost:9\/base\/embed.js" async><\/script>/);
    assert.doesNotMatch(out, /localhost:4321/);
  });
});
