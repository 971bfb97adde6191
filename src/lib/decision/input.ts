/** Turns validated content nodes into the decision model's input, and reads what each use case expects. */
import type { DecisionData } from './model.ts';
import type { NodeData } from '../content/schema.ts';
import type { ParsedNode } from '../content/validate.ts';

/** The approaches and criteria of the knowledge base, in matrix order. */
export function decisionDataFrom(nodes: readonly ParsedNode[]): DecisionData {
  const approaches = nodes
    .flatMap((n) => (n.kind === 'approaches' ? [{ id: n.id, title: n.data.title, short: n.data.short, order: n.data.order }] : []))
    .sort((a, b) => a.order - b.order);
  const criteria = nodes
    .flatMap((n) =>
      n.kind === 'criteria'
        ? [{ id: n.id, title: n.data.title, question: n.data.question, group: n.data.group, weight: n.data.weight, levels: n.data.levels }]
        : [],
    )
    .sort((a, b) => a.title.localeCompare(b.title));
  return { approaches, criteria };
}

/**
 * The approach a use case says should win: its resolution where sources disagree, otherwise the
 * approach its sources recommend; undefined when no source recommends one.
 */
export function expectedApproach(useCase: NodeData<'use-cases'>): string | undefined {
  return useCase.resolution?.approach ?? useCase.recommendations[0]?.approach;
}
