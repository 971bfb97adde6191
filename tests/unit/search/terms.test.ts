import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { americanise, stem, term, tokens } from '../../../src/lib/search/terms.ts';

const words = (text: string) => tokens(text).map((t) => t.word);

describe('tokens', () => {
  it('keeps numbers and model names as written', () => {
    assert.deepEqual(words('A100, GPT-5, 4-bit, $1,000 and 1.5 billion (8x7B)'), ['a100', 'gpt', '5', '4', 'bit', '1000', 'and', '1.5', 'billion', '8x7b']);
  });

  it('indexes a camel-case identifier whole and by its parts, at one position', () => {
    const t = tokens('AutoTokenizer loads');
    assert.deepEqual(t.map((x) => [x.word, x.position]), [['autotokenizer', 0], ['auto', 0], ['tokenizer', 0], ['loads', 1]]);
    assert.equal('AutoTokenizer loads'.slice(t[2]!.start, t[2]!.end), 'Tokenizer');
  });

  it('folds case and accents, and treats symbols, emoji and markup as no words', () => {
    assert.deepEqual(words('Café <b>déjà</b> 🚀 (.*)+ ^$'), ['cafe', 'b', 'deja', 'b']);
    assert.deepEqual(words('مرحبا بالعالم'), ['مرحبا', 'بالعالم']);
  });
});

describe('spelling and inflection', () => {
  for (const [a, b] of [
    ['behaviour', 'behavior'], ['catalogue', 'catalog'], ['optimise', 'optimize'], ['optimised', 'optimized'],
    ['tokeniser', 'tokenizer'], ['quantisation', 'quantization'], ['analyse', 'analyze'], ['centre', 'center'],
    ['modelling', 'modeling'], ['labelled', 'labeled'], ['adapters', 'adapter'], ['queries', 'query'],
    ['tuning', 'tune'], ['tuned', 'tunes'], ['checkpoints', 'checkpoint'], ['regulators', 'regulator'],
  ] as const) {
    it(`"${a}" and "${b}" are one term`, () => assert.equal(term(a), term(b)));
  }

  it('leaves short words and words with digits alone', () => {
    assert.equal(stem('gpt'), 'gpt');
    assert.equal(stem('a100s'), 'a100s');
    assert.equal(americanise('four'), 'four');
  });

  it('keeps different words apart', () => {
    assert.notEqual(term('retrieval'), term('retriever'));
    assert.notEqual(term('fine'), term('find'));
    assert.notEqual(term('four'), term('for'));
  });
});
