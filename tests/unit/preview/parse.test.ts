import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePreview } from '../../../src/lib/preview/parse.ts';

const good = () => ({
  id: 'news',
  kind: 'use-cases',
  kindLabel: 'Use case',
  title: 'News bot',
  summary: '<b>Answers</b> about the news.',
  category: 'failure mode',
  detail: 'Domain: Media',
  relations: [{ label: 'exemplifies', titles: ['RAG'], more: 0 }],
  ranking: [{ approach: 'RAG', score: 6 }],
});

describe('parsePreview', () => {
  it('reads a well-formed preview as it is, markup in strings left as plain strings', () => {
    assert.deepEqual(parsePreview(good(), 'news'), good());
  });

  it('refuses a preview of another node, so a stale or misrouted file shows no card', () => {
    assert.equal(parsePreview(good(), 'other'), undefined);
  });

  it('refuses documents that are not previews', () => {
    const broken: [string, (d: Record<string, unknown>) => void][] = [
      ['unknown kind', (d) => (d.kind = 'findings-x')],
      ['empty title', (d) => (d.title = '')],
      ['summary not a string', (d) => (d.summary = { toString: 'x' })],
      ['overlong summary', (d) => (d.summary = 'x'.repeat(401))],
      ['relations not a list', (d) => (d.relations = 'favors')],
      ['a title that is a number', (d) => (d.relations = [{ label: 'favors', titles: [1], more: 0 }])],
      ['a negative count', (d) => (d.relations = [{ label: 'favors', titles: ['A'], more: -1 }])],
      ['a score that is not a number', (d) => (d.ranking = [{ approach: 'RAG', score: '6' }])],
      ['an infinite score', (d) => (d.ranking = [{ approach: 'RAG', score: Infinity }])],
      ['an empty detail', (d) => (d.detail = '')],
      ['a category that is not a string', (d) => (d.category = ['x'])],
    ];
    for (const [what, edit] of broken) {
      const d: Record<string, unknown> = good();
      edit(d);
      assert.equal(parsePreview(d, 'news'), undefined, what);
    }
    for (const doc of [null, 'news', 42, [], undefined]) assert.equal(parsePreview(doc, 'news'), undefined, String(doc));
  });

  it('reads at most eight relation groups and titles, so a huge file cannot flood the card', () => {
    const d = good();
    d.relations = Array.from({ length: 20 }, (_, i) => ({ label: `l${i}`, titles: Array.from({ length: 20 }, (_, j) => `t${j}`), more: 0 }));
    const p = parsePreview(d, 'news')!;
    assert.equal(p.relations.length, 8);
    assert.equal(p.relations[0]!.titles.length, 8);
  });

  it('drops fields it does not know', () => {
    const p = parsePreview({ ...good(), html: '<img src=x>' }, 'news')!;
    assert.equal('html' in p, false);
  });
});
