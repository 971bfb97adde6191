/**
 * Gate counts (pages checked, links checked, fuzz cases tried): each test records what it covered as
 * an annotation, and gate-reporter.ts sums them across tests and workers at the end of the run.
 */
import { test } from '@playwright/test';

export const GATE_PREFIX = 'gate: ';

/** Records that this test covered `count` items of a gate, such as ("pages checked (axe, light and dark)", 31). */
export function recordGate(name: string, count: number): void {
  test.info().annotations.push({ type: `${GATE_PREFIX}${name}`, description: String(count) });
}
