/**
 * The relation vocabulary: every typed edge between two nodes uses one of these.
 * Each type reads forwards from the node that declares it ("RAG mitigates hallucination")
 * and backwards from the node it points to ("hallucination is mitigated by RAG").
 */
export interface RelationType {
  /** Label read from the declaring node. */
  readonly label: string;
  /** Label read from the target node. Equal to `label` for symmetric types. */
  readonly inverse: string;
  /** Symmetric relations read the same both ways ("contrasts with"). */
  readonly symmetric: boolean;
  /** One line for the README and the graph legend. */
  readonly description: string;
}

export const RELATION_TYPES = {
  favors: { label: 'favors', inverse: 'favored by', symmetric: false, description: 'A criterion, trade-off or use case that pushes toward an approach.' },
  disfavors: { label: 'disfavors', inverse: 'disfavored by', symmetric: false, description: 'A criterion, trade-off or use case that pushes away from an approach.' },
  exemplifies: { label: 'exemplifies', inverse: 'exemplified by', symmetric: false, description: 'A use case or story that is an instance of a pattern, approach or pitfall.' },
  mitigates: { label: 'mitigates', inverse: 'mitigated by', symmetric: false, description: 'A technique or approach that reduces a pitfall or a cost.' },
  causes: { label: 'causes', inverse: 'caused by', symmetric: false, description: 'An approach or choice that brings about a pitfall or cost.' },
  'part-of': { label: 'part of', inverse: 'has part', symmetric: false, description: 'A stage or component inside a larger approach or pipeline.' },
  uses: { label: 'uses', inverse: 'used by', symmetric: false, description: 'A technique or approach that relies on a tool or another technique.' },
  requires: { label: 'requires', inverse: 'required by', symmetric: false, description: 'A hard prerequisite: skills, data or infrastructure.' },
  measures: { label: 'measures', inverse: 'measured by', symmetric: false, description: 'An evaluation metric or method and what it measures.' },
  cites: { label: 'cites', inverse: 'cited by', symmetric: false, description: 'A node and the source it rests on (written in the `sources` field).' },
  'contrasts-with': { label: 'contrasts with', inverse: 'contrasts with', symmetric: true, description: 'Two alternatives usually weighed against each other.' },
  supports: { label: 'supports', inverse: 'supported by', symmetric: false, description: 'A study finding whose result bears out a claim, pitfall or recommendation.' },
  contradicts: { label: 'contradicts', inverse: 'contradicts', symmetric: true, description: 'Two claims from different sources that disagree, or a study finding that cuts against a claim.' },
  'related-to': { label: 'related to', inverse: 'related to', symmetric: true, description: 'A looser link worth following.' },
} as const satisfies Record<string, RelationType>;

export type RelationTypeId = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_IDS = Object.keys(RELATION_TYPES) as RelationTypeId[];

/** True when `value` names a relation type of the vocabulary. */
export function isRelationType(value: string): value is RelationTypeId {
  return Object.hasOwn(RELATION_TYPES, value);
}

/** The label of a relation read forwards (`inverse` false) or backwards (`inverse` true). */
export function relationLabel(type: RelationTypeId, inverse: boolean): string {
  const t: RelationType = RELATION_TYPES[type];
  return inverse ? t.inverse : t.label;
}
