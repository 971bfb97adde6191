import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_CRITERION_COLUMNS, answersInColumns, statedAnswers } from '../../../src/lib/decision/answer-cells.ts';
import type { DecisionCriterion } from '../../../src/lib/decision/model.ts';
import { CRITERION_GROUPS } from '../../../src/lib/content/criterion-groups.ts';

const criterion = (id: string, levels = ['low', 'high']): DecisionCriterion => ({
  id,
  title: `Criterion ${id}`,
  question: `How much ${id}?`,
  group: CRITERION_GROUPS[0],
  weight: 1,
  levels: levels.map((l) => ({ id: l, label: l.toUpperCase(), effects: [] })),
});

describe('use-case table answers', () => {
  it('gives each criterion a column up to the limit, and lists answers in one cell beyond it', () => {
    const many = Array.from({ length: MAX_CRITERION_COLUMNS + 1 }, (_, i) => criterion(`c${i}`));
    assert.equal(answersInColumns(many.slice(0, 16)), true);
    assert.equal(answersInColumns(many.slice(0, MAX_CRITERION_COLUMNS)), true);
    assert.equal(answersInColumns(many), false);
  });

  it('lists only the stated answers, in criteria order, with their label and place on the scale', () => {
    const criteria = [criterion('a'), criterion('b', ['none', 'some', 'all']), criterion('c')];
    const answers = statedAnswers(criteria, { c: 'low', b: 'all' });
    assert.deepEqual(
      answers.map((a) => [a.criterion.id, a.level, a.label, a.index]),
      [['b', 'all', 'ALL', 2], ['c', 'low', 'LOW', 0]],
    );
  });

  it('skips a level the criterion does not have rather than showing it', () => {
    assert.deepEqual(statedAnswers([criterion('a')], { a: 'medium' }), []);
  });
});
