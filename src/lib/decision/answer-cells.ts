/**
 * How the use-case table shows each use case's answers. With a few criteria, one column per criterion
 * reads and sorts well. With many, that grid is use cases times criteria cells, nearly all "not
 * stated": at 10,000 synthetic nodes (2,000 use cases, 200 criteria) it made an 88 MB page. Past
 * MAX_CRITERION_COLUMNS the table lists each use case's stated answers in one cell instead, so the
 * page grows with the answers given, not with the product.
 */
import type { DecisionCriterion, Profile } from './model.ts';

/** The most criteria the table gives a column each; the real content has 16. */
export const MAX_CRITERION_COLUMNS = 24;

/** One stated answer: the criterion, the level and its position on the criterion's scale. */
export interface StatedAnswer {
  readonly criterion: DecisionCriterion;
  readonly level: string;
  readonly label: string;
  readonly index: number;
}

/** True when the table gives every criterion its own column. */
export function answersInColumns(criteria: readonly DecisionCriterion[]): boolean {
  return criteria.length <= MAX_CRITERION_COLUMNS;
}

/** The profile's answers in criteria order, skipping criteria it leaves open and levels a criterion lacks. */
export function statedAnswers(criteria: readonly DecisionCriterion[], profile: Profile): StatedAnswer[] {
  return criteria.flatMap((criterion) => {
    const level = profile[criterion.id];
    const index = level === undefined ? -1 : criterion.levels.findIndex((l) => l.id === level);
    return index < 0 ? [] : [{ criterion, level: level!, label: criterion.levels[index]!.label, index }];
  });
}
