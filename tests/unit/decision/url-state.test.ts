import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDecideState, serialiseDecideState, type DecideState, type DecideVocabulary } from '../../../src/lib/decision/url-state.ts';
import { WEIGHT_STEPS } from '../../../src/lib/decision/model.ts';
import { MAX_PARAMS, MAX_VALUE, noticeText } from '../../../src/lib/shared/url-notice.ts';
import { data } from './fixture.ts';

const vocab: DecideVocabulary = {
  criteria: data.criteria,
  presets: [
    { id: 'news-bot', profile: { freshness: 'daily', gap: 'knowledge' } },
    { id: 'tone-bot', profile: { gap: 'behaviour', volume: 'high' } },
  ],
};
const parse = (q: string, allowed?: string[]) => parseDecideState(q, vocab, allowed);
const roundTrip = (s: DecideState) => {
  const q = serialiseDecideState(s, vocab);
  const back = parse(q);
  assert.deepEqual(back.notices, [], `notices for ${q}`);
  assert.deepEqual(back.state, s, q);
  assert.equal(serialiseDecideState(back.state, vocab), q);
  return q;
};

describe('decide state: serialise and parse', () => {
  it('writes a compact, readable query and reads it back exactly', () => {
    assert.equal(roundTrip({ profile: {}, weights: {} }), '');
    assert.equal(roundTrip({ profile: { gap: 'behaviour', freshness: 'daily' }, weights: {} }), 'a=freshness:daily,gap:behaviour');
    assert.equal(roundTrip({ profile: { volume: 'high' }, weights: { volume: 2.5, gap: 0 } }), 'a=volume:high&w=gap:0,volume:2.5');
    assert.equal(roundTrip({ profile: {}, weights: { ml: 1.25 } }), 'w=ml:1.25');
  });

  it('names only the preset while the answers are exactly its profile', () => {
    assert.equal(roundTrip({ preset: 'news-bot', profile: { freshness: 'daily', gap: 'knowledge' }, weights: {} }), 'u=news-bot');
    assert.equal(roundTrip({ preset: 'news-bot', profile: { freshness: 'stable', gap: 'knowledge' }, weights: { gap: 3 } }), 'u=news-bot&a=freshness:stable,gap:knowledge&w=gap:3');
    assert.equal(roundTrip({ preset: 'tone-bot', profile: {}, weights: {} }), 'u=tone-bot&a=');
  });

  it('round-trips every random valid state', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 300; i++) {
      const profile: Record<string, string> = {};
      const weights: Record<string, number> = {};
      for (const c of data.criteria) {
        if (random() < 0.6) profile[c.id] = c.levels[Math.floor(random() * c.levels.length)].id;
        if (random() < 0.3) weights[c.id] = WEIGHT_STEPS[Math.floor(random() * WEIGHT_STEPS.length)];
      }
      const preset = random() < 0.3 ? vocab.presets[Math.floor(random() * 2)] : undefined;
      roundTrip(preset ? { preset: preset.id, profile: random() < 0.5 ? { ...preset.profile } : profile, weights } : { profile, weights });
    }
  });

  it('reads percent-encoded separators the way URLSearchParams writes them', () => {
    assert.deepEqual(parse('a=gap%3Abehaviour%2Cvolume%3Alow').state.profile, { gap: 'behaviour', volume: 'low' });
    assert.deepEqual(parse('?a=gap:behaviour').state.profile, { gap: 'behaviour' });
  });
});

describe('decide state: garbage is ignored with a notice', () => {
  const reasons = (q: string, allowed?: string[]) => parse(q, allowed).notices.map((n) => `${n.param}|${n.value}|${n.reason}`);

  it('drops unknown criteria and unknown answers, keeping the rest', () => {
    const { state, notices } = parse('a=nope:x,gap:sideways,volume:low');
    assert.deepEqual(state, { profile: { volume: 'low' }, weights: {} });
    assert.deepEqual(notices.map(noticeText), [
      'Ignored \u201cnope\u201d in \u201ca\u201d: no criterion has that id.',
      'Ignored \u201cgap:sideways\u201d in \u201ca\u201d: that criterion has no such answer.',
    ]);
  });

  it('drops weights that are out of range, off the steps, or not plain numbers', () => {
    for (const bad of ['-1', '4', '3.5', '0.7', 'abc', '', 'NaN', 'Infinity', '1e0', ' 2', '0x2', '2;5', '１', '2.5.1']) {
      const { state, notices } = parse(`w=gap:${encodeURIComponent(bad)}`);
      assert.deepEqual(state.weights, {}, `weight ${JSON.stringify(bad)}`);
      assert.equal(notices.length, 1, `weight ${JSON.stringify(bad)}`);
    }
    assert.deepEqual(parse('w=ml:1.25,gap:2.50').state.weights, { ml: 1.25, gap: 2.5 });
    assert.deepEqual(reasons('w=volume:1.25'), ['w|volume:1.25|a weight is one of 0, 0.5, 1, 1.5, 2, 2.5 or 3']);
  });

  it('keeps the first of duplicate parameters and duplicate criteria', () => {
    const { state, notices } = parse('a=gap:behaviour,gap:knowledge&a=volume:low&w=gap:2,gap:3');
    assert.deepEqual(state, { profile: { gap: 'behaviour' }, weights: { gap: 2 } });
    assert.equal(notices.length, 3);
  });

  it('drops malformed entries and unknown presets', () => {
    const { state, notices } = parse('u=no-such-case&a=gap,:low,volume:,,volume:high');
    assert.deepEqual(state, { profile: { volume: 'high' }, weights: {} });
    assert.deepEqual(notices.map((n) => n.value), ['no-such-case', 'gap', ':low', 'volume:']);
  });

  it('reports unknown parameters but not the ones another part of the page reads', () => {
    assert.deepEqual(reasons('utm_source=x&theme=dark&a=gap:behaviour', ['theme']), ['utm_source||this page has no such setting']);
  });

  it('survives huge strings and floods of parameters, echoing only a clipped value', () => {
    const huge = 'gap:behaviour,'.repeat(20_000);
    const long = parse(`a=${huge}`);
    assert.deepEqual(long.state.profile, {});
    assert.equal(long.notices.length, 1);
    assert.match(long.notices[0].reason, new RegExp(`longer than ${MAX_VALUE}`));
    assert.ok(long.notices[0].value.length <= 41);
    const many = parse(Array.from({ length: 500 }, (_, i) => `x${i}=1`).join('&'));
    assert.equal(many.notices[0].reason, `only the first ${MAX_PARAMS} of 500 parameters were read`);
    assert.equal(many.notices.length, MAX_PARAMS + 1);
    const entries = parse(`a=${Array.from({ length: 100 }, () => 'zz:1').join(',')}`);
    assert.equal(entries.notices.length, 65);
  });

  it('never echoes markup or control characters as anything but clipped text', () => {
    const { notices } = parse(`a=${encodeURIComponent('<img src=x onerror=alert(1)>\u0000\u001b:x')}`);
    assert.equal(notices.length, 1);
    assert.equal(notices[0].value, '<img src=x onerror=alert(1)>');
    assert.doesNotMatch(noticeText(notices[0]), /[\u0000-\u001f]/);
  });

  it('reads malformed percent-encoding without throwing', () => {
    assert.doesNotThrow(() => parse('a=%E0%A4%A&w=%'));
    assert.deepEqual(parse('a=%E0%A4%A&w=%').state, { profile: {}, weights: {} });
  });
});
