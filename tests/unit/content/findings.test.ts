import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numbersIn, statesFigure, unverifiedNumbers } from '../../../src/lib/content/findings.ts';
import { validateNodes } from '../../../src/lib/content/validate.ts';
import { readContent } from '../../../scripts/lib/read-content.ts';

const { nodes } = validateNodes(readContent('content').nodes);
const findings = nodes.flatMap((n) => (n.kind === 'findings' ? [n] : []));
const mediumOf = new Map(nodes.flatMap((n) => (n.kind === 'sources' ? [[n.id, n.data.medium] as const] : [])));

describe('numbers in a figure', () => {
  it('reads figures as printed and leaves digits inside model names alone', () => {
    assert.deepEqual(numbersIn('Llama2-7B fell from 0.353 to 0.219, and Orca2 rose.'), ['7', '0.353', '0.219']);
    assert.deepEqual(numbersIn('about 1,024 tokens, or 37%.'), ['1,024', '37']);
  });

  it('names each number of the figure that the verified note does not quote', () => {
    assert.deepEqual(unverifiedNumbers('0.875 vs 0.504 vs 0.9', 'Table 2: 0.875 and 0.504'), ['0.9']);
    assert.deepEqual(unverifiedNumbers('0.875 vs 0.504', 'Table 2: 0.8755 and 0.504'), ['0.875'], 'a longer number is not a match');
  });

  it('accepts a figure only with a number or with words saying the paper gives none', () => {
    assert.equal(statesFigure('up by 6 points'), true);
    assert.equal(statesFigure("The paper's abstract gives no figure."), true);
    assert.equal(statesFigure('much better'), false);
  });
});

describe('the findings in the knowledge base', () => {
  it('include at least twenty, from at least ten papers', () => {
    assert.ok(findings.length >= 20, `${findings.length} findings`);
    const studies = new Set(findings.flatMap((f) => f.data.sources.filter((s) => mediumOf.get(s) === 'paper')));
    assert.ok(studies.size >= 10, `${studies.size} papers`);
  });

  it('each cite a paper source node', () => {
    const unbacked = findings.filter((f) => !f.data.sources.some((s) => mediumOf.get(s) === 'paper')).map((f) => f.file);
    assert.deepEqual(unbacked, []);
  });

  it('each carry a figure or say that the paper gives none', () => {
    assert.deepEqual(findings.filter((f) => !statesFigure(f.data.figure)).map((f) => f.file), []);
  });

  it('quote every number of their figure in the note of where it was read', () => {
    const unverified = findings.flatMap((f) => unverifiedNumbers(f.data.figure, f.data.verified).map((n) => `${f.file}: ${n}`));
    assert.deepEqual(unverified, []);
  });

  it('name where the figure was read: the abstract, a table, a section or a figure of the paper', () => {
    const vague = findings.filter((f) => !/\b(abstract|table|section|figure)\b/i.test(f.data.verified)).map((f) => f.file);
    assert.deepEqual(vague, []);
  });
});
