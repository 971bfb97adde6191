/** The groups criteria fall into, in the order the decide page and the matrix show them. */
export const CRITERION_GROUPS = ['knowledge', 'behaviour', 'operations', 'cost', 'risk'] as const;

export type CriterionGroup = (typeof CRITERION_GROUPS)[number];

export const GROUP_LABELS: Record<CriterionGroup, string> = {
  knowledge: 'Knowledge',
  behaviour: 'Behaviour',
  operations: 'Operations',
  cost: 'Cost',
  risk: 'Risk',
};

/** True when `value` is one of the groups. */
export function isCriterionGroup(value: string): value is CriterionGroup {
  return (CRITERION_GROUPS as readonly string[]).includes(value);
}
