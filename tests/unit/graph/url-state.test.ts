import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { noticeText } from '../../../src/lib/shared/url-notice.ts';
import { defaultRelations, EMPTY_STATE, parseGraphState, serialiseGraphState, type GraphViewState } from '../../../src/lib/graph/url-state.ts';

const vocabulary = {
  hasNode: (id: string) => ['rag', 'fine-tuning', 'lora'].includes(id),
  kinds: ['approaches', 'criteria', 'sources'],
  relations: ['favors', 'cites', 'related-to'],
};
const parse = (query: string) => parseGraphState(new URLSearchParams(query), vocabulary);

describe('graph view state in the URL', () => {
  it('round-trips focus, filters and zoom', () => {
    const state: GraphViewState = { focus: 'rag', kinds: ['approaches', 'sources'], relations: ['cites'], zoom: { k: 1.25, x: -40.5, y: 12 }, layout: 'map' };
    const params = serialiseGraphState(state, new URLSearchParams(), vocabulary);
    assert.equal(params.toString(), 'focus=rag&kinds=approaches%2Csources&relations=cites&layout=map&zoom=1.25%2C-40.5%2C12');
    assert.deepEqual(parseGraphState(params, vocabulary), { state, notices: [] });
  });

  it('leaves defaults out and keeps parameters that are not its own', () => {
    const params = serialiseGraphState({ ...EMPTY_STATE, kinds: ['sources', 'approaches', 'criteria'] }, new URLSearchParams('theme=dark&focus=old'), vocabulary);
    assert.equal(params.toString(), 'theme=dark');
    assert.deepEqual(parse(''), { state: EMPTY_STATE, notices: [] });
  });

  it('folds cites by default: the usual types are left out of the URL, every type is written as “all”', () => {
    const usual = serialiseGraphState({ ...EMPTY_STATE, relations: ['related-to', 'favors'] }, new URLSearchParams(), vocabulary);
    assert.equal(usual.get('relations'), null);
    const all = serialiseGraphState({ ...EMPTY_STATE, relations: ['cites', 'related-to', 'favors'] }, new URLSearchParams(), vocabulary);
    assert.equal(all.get('relations'), 'all');
    assert.deepEqual(parseGraphState(all, vocabulary).state.relations, vocabulary.relations);
    assert.equal(defaultRelations(vocabulary.relations).includes('cites'), false);
    assert.deepEqual(defaultRelations(['cites']), ['cites']);
    // Without a relations parameter the state is the default, which the view reads as “all but cites”.
    assert.equal(parse('').state.relations, null);
  });

  it('reads the layout, and falls back to the force layout with a notice for anything else', () => {
    assert.equal(parse('layout=map').state.layout, 'map');
    assert.deepEqual(parse('layout=force'), { state: EMPTY_STATE, notices: [] });
    for (const bad of ['MAP', '<svg onload=alert(1)>', 'map,force']) {
      const { state, notices } = parse(`layout=${encodeURIComponent(bad)}`);
      assert.equal(state.layout, 'force', bad);
      assert.equal(notices.length, 1, bad);
      assert.equal(notices[0]!.param, 'layout');
      assert.match(noticeText(notices[0]!), /force layout is shown/);
    }
    const long = parse(`layout=${'x'.repeat(3000)}`);
    assert.equal(long.state.layout, 'force');
    assert.equal(long.notices.length, 1);
    assert.equal(serialiseGraphState(EMPTY_STATE, new URLSearchParams('layout=map'), vocabulary).get('layout'), null);
  });

  it('writes lists in vocabulary order and rounds the zoom', () => {
    const params = serialiseGraphState({ ...EMPTY_STATE, kinds: ['sources', 'approaches'], zoom: { k: 1.23456, x: 1.06, y: -2.04 } }, new URLSearchParams(), vocabulary);
    assert.equal(params.get('kinds'), 'approaches,sources');
    assert.equal(params.get('zoom'), '1.235,1.1,-2');
  });

  it('reads an empty kinds list as no kind shown', () => {
    assert.deepEqual(parse('kinds=').state.kinds, []);
    assert.equal(serialiseGraphState({ ...EMPTY_STATE, kinds: [] }, new URLSearchParams(), vocabulary).get('kinds'), '');
  });

  it('drops an unknown or hostile focus with a notice that quotes it as text', () => {
    for (const focus of ['nope', '<img src=x onerror=alert(1)>', '../../etc', 'RAG']) {
      const { state, notices } = parse(`focus=${encodeURIComponent(focus)}`);
      assert.equal(state.focus, null);
      assert.equal(notices.length, 1);
      assert.ok(noticeText(notices[0]!).includes(`“${focus}”`), noticeText(notices[0]!));
    }
  });

  it('keeps the known kinds of a list and reports the unknown ones; all unknown shows every kind', () => {
    assert.deepEqual(parse('kinds=sources,evil').state.kinds, ['sources']);
    assert.equal(parse('kinds=sources,evil').notices.length, 1);
    const none = parse('kinds=evil,worse');
    assert.equal(none.state.kinds, null);
    assert.equal(none.notices.length, 3);
    assert.deepEqual(parse('relations=cites,,cites').state.relations, ['cites']);
    assert.equal(parse('relations=<b>').state.relations, null);
  });

  it('drops a zoom that is not three finite numbers in range', () => {
    for (const zoom of ['NaN,0,0', 'Infinity,0,0', '1e400,0,0', '2,3', '2,3,4,5', '0.001,0,0', '100,0,0', '2,1e7,0', '0x10,0,0', '2,,3', ' , , ']) {
      const { state, notices } = parse(`zoom=${encodeURIComponent(zoom)}`);
      assert.equal(state.zoom, null, zoom);
      assert.equal(notices.length, 1, zoom);
    }
    assert.deepEqual(parse('zoom=0.5,-1e3,.25').state.zoom, { k: 0.5, x: -1000, y: 0.25 });
  });

  it('ignores a parameter too long to be real, and shortens what it quotes', () => {
    const long = parse(`focus=${'a'.repeat(5000)}`);
    assert.equal(long.state.focus, null);
    assert.match(noticeText(long.notices[0]!), /longer than/);
    const quoted = noticeText(parse(`focus=${'b'.repeat(300)}`).notices[0]!);
    assert.ok(quoted.length < 120, quoted);
  });
});
