/** The kinds of node: one content folder, one collection and one index page each. */
export const KINDS = [
  'approaches',
  'criteria',
  'use-cases',
  'trade-offs',
  'techniques',
  'pitfalls',
  'tools',
  'sources',
  'findings',
] as const;

export type Kind = (typeof KINDS)[number];

export interface KindInfo {
  /** Plural heading of the kind's index page. */
  readonly plural: string;
  /** Singular badge on a node page. */
  readonly singular: string;
  /** One sentence on what the kind holds. */
  readonly blurb: string;
}

export const KIND_INFO: Record<Kind, KindInfo> = {
  approaches: { plural: 'Approaches', singular: 'Approach', blurb: 'The architectures being chosen between: retrieval, fine-tuning, both, or neither.' },
  criteria: { plural: 'Criteria', singular: 'Criterion', blurb: 'The questions that decide the choice, each with its answers and what every answer does to each approach.' },
  'use-cases': { plural: 'Use cases', singular: 'Use case', blurb: 'Scenarios and systems from the sources, with their profile and the approach recommended for them.' },
  'trade-offs': { plural: 'Trade-offs', singular: 'Trade-off', blurb: 'What each approach buys and what it costs.' },
  techniques: { plural: 'Techniques', singular: 'Technique', blurb: 'Pipeline stages, training methods, evaluation metrics and adoption strategies.' },
  pitfalls: { plural: 'Pitfalls', singular: 'Pitfall', blurb: 'Misconceptions, failure modes and common mistakes.' },
  tools: { plural: 'Tools', singular: 'Tool', blurb: 'Products, libraries and models the sources name.' },
  sources: { plural: 'Sources', singular: 'Source', blurb: 'The articles and papers every claim on this site rests on.' },
  findings: { plural: 'Findings', singular: 'Finding', blurb: 'What a controlled study measured: one result each, with its figure, setup, caveats and the claims it supports or contradicts.' },
};

/** True when `value` is one of the kinds. */
export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}
