import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexFromFolder } from '../../../scripts/lib/search-documents.ts';
import { memoryLoader } from '../../../scripts/lib/search-quality.ts';
import { buildBodyIndex, frontCode, frontDecode, gaps, headWire, readHead, ungaps, type BodyIndex } from '../../../src/lib/search/body-index.ts';
import type { SearchDocument } from '../../../src/lib/search/documents.ts';
import { segments } from '../../../src/lib/search/engine.ts';
import { excerpt, termTest } from '../../../src/lib/search/excerpt.ts';
import { createFullTextSearcher, type FullHit } from '../../../src/lib/search/full-text.ts';
import type { Section } from '../../../src/lib/search/sections.ts';
import { term } from '../../../src/lib/search/terms.ts';

const real = indexFromFolder('content');
const fresh = (index: BodyIndex = real) => createFullTextSearcher(readHead(JSON.parse(JSON.stringify(headWire(index.head))))!, memoryLoader(index));
const ids = (hits: readonly FullHit[]) => hits.map((h) => h.doc.id);
const marked = (h: { text: string; ranges: readonly (readonly [number, number])[] }) => segments(h.text, h.ranges).filter((s) => s.marked).map((s) => s.text);

/** A hand-made corpus: each node's sections as [heading, text] pairs, the first heading empty. */
function corpus(nodes: Record<string, [string, string][]>): BodyIndex {
  const docs: SearchDocument[] = [];
  const sections: Section[][] = [];
  for (const [id, list] of Object.entries(nodes)) {
    const s = list.map(([heading, text]) => ({ heading, anchor: heading.toLowerCase().replace(/\s+/g, '-'), text }));
    docs.push({ id, kind: 'techniques', title: id.replace(/-/g, ' '), aliases: [], headings: s.slice(1).map((x) => x.heading), summary: '', path: `techniques/${id}/`, sections: s.slice(1).map((x) => [x.heading, x.anchor] as const) });
    sections.push(s);
  }
  return buildBodyIndex(docs, sections);
}

describe('full-text search over the real content', () => {
  it('finds words that stand only in bodies, each hit with its matching sections and marked excerpts', async () => {
    const s = fresh();
    const first = await s.search('dropout', 5);
    assert.deepEqual(new Set(ids(first.hits)), new Set(['lora', 'peft', 'hyperparameter-tuning', 'peft-lora-script']));
    // The best hit has its excerpts at once; the others once their text has come (a query fetches one text file).
    assert.deepEqual(marked(first.hits[0]!.sections[0]!.excerpt!).map((w) => w.toLowerCase()), ['dropout']);
    for (let i = 0; i < 5; i++) await s.search('dropout', 5);
    const { hits } = await s.search('dropout', 5);
    const lora = hits.find((h) => h.doc.id === 'lora')!;
    assert.equal(lora.sections[0]!.anchor, 'what-the-sources-say');
    assert.deepEqual(marked(lora.sections[0]!.excerpt!), ['dropout']);
  });

  it('puts a title that starts with the query before one that holds it further in', async () => {
    const { hits } = await fresh().search('lora', 5);
    assert.equal(hits[0]!.doc.id, 'lora');
    assert.ok(ids(hits).includes('peft-lora-script'));
  });

  it('fetches nothing but the names file until asked, then one shard for one word and no text without excerpts', async () => {
    const s = fresh();
    assert.equal(s.fetched.length, 0);
    await s.search('dropout', 10, 0);
    assert.equal(s.fetched.filter((f) => f.startsWith('terms-')).length, 1);
    assert.equal(s.fetched.filter((f) => f.startsWith('text-')).length, 0);
    const texts = () => s.fetched.filter((f) => f.startsWith('text-')).length;
    await s.search('dropout', 10, 2);
    assert.equal(texts(), 1, 'a query fetches one text file, for the best hit');
    await s.search('dropout', 10, 2);
    assert.ok(texts() <= 2, 'and one more for the next hit still without its excerpt');
    const before = s.fetched.length;
    await s.search('dropout', 10, 2);
    assert.equal(s.fetched.length, before, 'a repeated query fetches nothing again');
  });

  for (const query of ['.*[(|\\', '<img src=x onerror=alert(1)>', '🙂🚀', 'مرحبا بالعالم', 'x'.repeat(2000), '"unclosed quote', '""', '   ']) {
    it(`searches or ignores ${JSON.stringify(query.slice(0, 30))} without an error`, async () => {
      const r = await fresh().search(query, 10);
      assert.ok(r.total >= 0);
      for (const h of r.hits) for (const s of h.sections) assert.ok(!/[<>]/.test(s.heading));
    });
  }
});

describe('ranking', () => {
  const index = corpus({
    'alpha-node': [['', 'The widget appears once here.'], ['Usage', 'Nothing relevant.']],
    'beta-node': [['', 'Nothing here.'], ['Widget tuning', 'Widget widget widget, all about the widget.']],
    'gamma-node': [['', 'Unrelated text about gadgets.']],
  });

  it('ranks a node by its best section, a heading above passing mentions, and links that section', async () => {
    const { hits } = await fresh(index).search('widget');
    assert.deepEqual(ids(hits), ['beta-node', 'alpha-node']);
    assert.deepEqual(hits[0]!.sections.map((s) => s.anchor), ['widget-tuning']);
    assert.deepEqual(hits[1]!.sections, [], 'a match in the opening text is the node\'s own excerpt, not a sub-result');
    assert.deepEqual(marked(hits[1]!.excerpt!), ['widget']);
  });

  it('forgives typos by the names budget: none under 5 characters, one under 9, two from 9', async () => {
    const s = fresh(index);
    assert.deepEqual((await s.search('gadgetz ')).hits.map((h) => h.doc.id), ['gamma-node']);
    assert.deepEqual((await s.search('unrelatde ')).hits.map((h) => h.doc.id), ['gamma-node'], 'two typos from 9 characters');
    assert.equal((await s.search('gadgetzz ')).total, 0, 'two typos under 9 characters');
    assert.equal((await s.search('tixt ')).total, 0, 'no typo under 5 characters');
  });

  it('completes the word being typed, and stops completing after a space', async () => {
    const s = fresh(index);
    assert.deepEqual((await s.search('gadg')).hits.map((h) => h.doc.id), ['gamma-node']);
    assert.equal((await s.search('gadg ')).total, 0);
  });

  it('matches a quoted phrase word for word only', async () => {
    const s = fresh(corpus({ 'one-node': [['', 'These weights are open to all.']], 'two-node': [['', 'Models with open weights.']] }));
    assert.deepEqual(ids((await s.search('open weights')).hits).sort(), ['one-node', 'two-node']);
    assert.deepEqual(ids((await s.search('"open weights"')).hits), ['two-node']);
    assert.deepEqual(ids((await s.search('"weights are open"')).hits), ['one-node']);
  });

  it('prefers nodes holding every word of the query', async () => {
    const { hits } = await fresh(index).search('widget usage');
    assert.equal(hits[0]!.doc.id, 'alpha-node');
    assert.equal(hits.length, 1);
  });
});

describe('excerpts', () => {
  it('take the densest window of about thirty words and mark every matched word', () => {
    const text = `${'filler '.repeat(50)}adapter one, adapters two ${'filler '.repeat(50)}`;
    const e = excerpt(text, termTest(new Set([term('adapter')])));
    assert.deepEqual(marked(e), ['adapter', 'adapters']);
    assert.ok(e.text.startsWith('…') && e.text.endsWith('…'));
    assert.ok(e.text.split(' ').length <= 32);
  });

  it('keep markup in the text as text', () => {
    const e = excerpt('Use <b>bold</b> & <script>x</script> here', termTest(new Set([term('bold')])));
    assert.equal(e.text, 'Use <b>bold</b> & <script>x</script> here');
    assert.deepEqual(marked(e), ['bold']);
  });
});

describe('the index head on the wire', () => {
  it('front-codes words and reads them back', () => {
    const words = ['1000', '4bit', 'a100', 'adapter', 'adapters', 'adaptation', 'zebra'];
    assert.deepEqual(frontDecode(frontCode(words)), words);
  });

  it('reads back what it wrote, and refuses a tampered file rather than shifting sections', () => {
    const wire = JSON.parse(JSON.stringify(headWire(real.head)));
    assert.deepEqual(readHead(wire)!.docs!.map((d) => d.id), real.docs.map((d) => d.id));
    assert.deepEqual(readHead(wire)!.docs!.map((d) => d.sections), real.docs.map((d) => d.sections), 'every heading id survives the trip');
    assert.deepEqual(readHead(wire)!.chunks, real.head.chunks);
    assert.equal(readHead({ ...wire, docs: [...wire.docs.slice(1), ['x', 'nope', 't', [], []]] }), undefined);
    assert.equal(readHead({ ...wire, docs: [['../evil', 'tools', 't', [], []]] }), undefined);
    assert.equal(readHead({ ...wire, docs: [['ok', 'tools', 't', [], [99]]] }), undefined);
    assert.equal(readHead({ ...wire, docs: undefined, counts: [1, -2] }), undefined);
    assert.equal(readHead('<html>'), undefined);
    assert.equal(readHead(null), undefined);
  });

  it('writes ascending numbers as gaps and reads them back', () => {
    assert.deepEqual(gaps([3, 5, 5, 12]), [3, 2, 0, 7]);
    assert.deepEqual(ungaps(gaps([3, 5, 5, 12])), [3, 5, 5, 12]);
    assert.equal(ungaps([1, 'x']), undefined);
  });
});

describe('names in shards, as a large knowledge base sends them', () => {
  // The real content, indexed as if its documents were too many to travel whole.
  const sharded = indexFromFolder('content', { wholeNames: 0 });

  it('leaves the documents out of the head and sends each with the shards and text that need it', () => {
    const head = headWire(sharded.head);
    assert.equal(head.docs, undefined);
    assert.deepEqual(head.counts, real.docs.map((d) => d.sections?.length ?? 0));
    assert.ok(JSON.stringify(head).length < JSON.stringify(headWire(real.head)).length / 4);
    assert.ok(sharded.shards.every((s) => s.docs && s.names), 'every shard lists its name terms\' nodes and their documents');
    assert.ok(sharded.texts.every((t) => t.docs?.length === t.texts.length), 'every text chunk carries its nodes\' documents');
  });

  it('finds names, body words and typos, with titles, sections and excerpts, from the shards of the query\'s words', async () => {
    const s = fresh(sharded);
    const lora = await s.search('lora', 5, 1);
    assert.equal(lora.hits[0]!.doc.id, 'lora');
    assert.equal(lora.hits[0]!.doc.title, real.docs.find((d) => d.id === 'lora')!.title);
    assert.equal(s.fetched.filter((f) => f.startsWith('terms-')).length, 1, 'one word, one shard');
    assert.ok(s.fetched.filter((f) => f.startsWith('text-')).length <= 1);
    const dropout = await fresh(sharded).search('dropout', 5, 1);
    assert.deepEqual(new Set(ids(dropout.hits)), new Set(['lora', 'peft', 'hyperparameter-tuning', 'peft-lora-script']));
    assert.ok(dropout.hits.some((h) => h.sections.length > 0), 'sub-results come with the documents');
    assert.equal((await fresh(sharded).search('retreival', 3)).hits[0]!.doc.id, 'rag');
  });

  it('gives the same results whatever earlier queries loaded', async () => {
    const warm = fresh(sharded);
    for (const q of ['retrieval', 'fine tuning cost', 'lora', 'hallucination', 'tokenizer']) await warm.search(q, 20, 0);
    for (const q of ['tuning', 'rag', 'catastrophic forgetting', 'adapter']) {
      assert.deepEqual(ids((await warm.search(q, 20, 0)).hits), ids((await fresh(sharded).search(q, 20, 0)).hits), q);
    }
  });

  it('shows a node whose document came with no shard by fetching its text, and ignores malformed documents', async () => {
    // Strip every document from the shards: each result must then come with its text chunk.
    const bare: BodyIndex = { ...sharded, shards: sharded.shards.map((sh) => ({ ...sh, docs: [[0, ['../evil', 99, 'x', [], []]]] })) };
    const r = await fresh(bare).search('dropout', 5, 0);
    assert.deepEqual(new Set(ids(r.hits)), new Set(['lora', 'peft', 'hyperparameter-tuning', 'peft-lora-script']));
    assert.ok(r.hits.every((h) => h.doc.path === `${h.doc.kind}/${h.doc.id}/`));
  });
});
