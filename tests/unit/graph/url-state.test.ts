import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_STATE, parseGraphState, writeGraphState, type GraphViewState } from '../../../src/lib/graph/url-state.ts';

const vocabulary = {
  hasNode: (id: string) => ['rag', 'fine-tuning', 'lora'].includes(id),
  kinds: ['approaches', 'criteria', 'sources'],
  relations: ['favors', 'cites', 'related-to'],
};
const parse = (query: string) => parseGraphState(new URLSearchParams(query), vocabulary);

describe('graph view state in the URL', () => {
  it('round-trips focus, filters and zoom', () => {
    const state: GraphViewState = { focus: 'rag', kinds: ['approaches', 'sources'], relations: ['cites'], zoom: { k: 1.25, x: -40.5, y: 12 } };
    const params = writeGraphState(state, new URLSearchParams(), vocabulary);
    assert.equal(params.toString(), 'focus=rag&kinds=approaches%2Csources&relations=cites&zoom=1.25%2C-40.5%2C12');
    assert.deepEqual(parseGraphState(params, vocabulary), { state, problems: [] });
  });

  it('leaves defaults out and keeps parameters that are not its own', () => {
    const params = writeGraphState({ ...EMPTY_STATE, kinds: ['sources', 'approaches', 'criteria'] }, new URLSearchParams('theme=dark&focus=old'), vocabulary);
    assert.equal(params.toString(), 'theme=dark');
    assert.deepEqual(parse(''), { state: EMPTY_STATE, problems: [] });
  });

  it('writes lists in vocabulary order and rounds the zoom', () => {
    const params = writeGraphState({ ...EMPTY_STATE, kinds: ['sources', 'approaches'], zoom: { k: 1.23456, x: 1.06, y: -2.04 } }, new URLSearchParams(), vocabulary);
    assert.equal(params.get('kinds'), 'approaches,sources');
    assert.equal(params.get('zoom'), '1.235,1.1,-2');
  });

  it('reads an empty kinds list as no kind shown', () => {
    assert.deepEqual(parse('kinds=').state.kinds, []);
    assert.equal(writeGraphState({ ...EMPTY_STATE, kinds: [] }, new URLSearchParams(), vocabulary).get('kinds'), '');
  });

  it('drops an unknown or hostile focus with a problem that quotes it as text', () => {
    for (const focus of ['nope', '<img src=x onerror=alert(1)>', '../../etc', 'RAG']) {
      const { state, problems } = parse(`focus=${encodeURIComponent(focus)}`);
      assert.equal(state.focus, null);
      assert.equal(problems.length, 1);
      assert.ok(problems[0]!.includes(`“${focus}”`), problems[0]);
    }
  });

  it('keeps the known kinds of a list and reports the unknown ones; all unknown shows every kind', () => {
    assert.deepEqual(parse('kinds=sources,evil').state.kinds, ['sources']);
    assert.equal(parse('kinds=sources,evil').problems.length, 1);
    const none = parse('kinds=evil,worse');
    assert.equal(none.state.kinds, null);
    assert.equal(none.problems.length, 3);
    assert.deepEqual(parse('relations=cites,,cites').state.relations, ['cites']);
    assert.equal(parse('relations=<b>').state.relations, null);
  });

  it('drops a zoom that is not three finite numbers in range', () => {
    for (const zoom of ['NaN,0,0', 'Infinity,0,0', '1e400,0,0', '2,3', '2,3,4,5', '0.001,0,0', '100,0,0', '2,1e7,0', '0x10,0,0', '2,,3', ' , , ']) {
      const { state, problems } = parse(`zoom=${encodeURIComponent(zoom)}`);
      assert.equal(state.zoom, null, zoom);
      assert.equal(problems.length, 1, zoom);
    }
    assert.deepEqual(parse('zoom=0.5,-1e3,.25').state.zoom, { k: 0.5, x: -1000, y: 0.25 });
  });

  it('ignores a parameter too long to be real, and shortens what it quotes', () => {
    const long = parse(`focus=${'a'.repeat(5000)}`);
    assert.equal(long.state.focus, null);
    assert.match(long.problems[0]!, /too long/);
    const quoted = parse(`focus=${'b'.repeat(300)}`).problems[0]!;
    assert.ok(quoted.length < 120, quoted);
  });
});
