/**
 * What the cross-origin embed tests embed. Each target names its embed path, what shows once it has
 * rendered, and an interaction inside it that changes its height. Switching the tests to another
 * view is the one line at the bottom.
 */
import type { FrameLocator, Locator } from '@playwright/test';

export interface EmbedTarget {
  readonly name: string;
  /** The `data-rot-embed` value. */
  readonly path: string;
  /** Visible once the embed has rendered. */
  ready(frame: FrameLocator): Locator;
  /** An interaction inside the embed that changes the height of its content. */
  change(frame: FrameLocator): Promise<void>;
}

export const NODE_CARD: EmbedTarget = {
  name: 'node card',
  path: 'node/rag',
  ready: (frame) => frame.getByRole('heading', { level: 1, name: 'Retrieval-augmented generation' }),
  // Folding the relations away shortens the card.
  change: (frame) => frame.locator('details.card-relations > summary').click(),
};

export const DECIDE_VIEW: EmbedTarget = {
  name: 'decision matrix',
  path: 'decide',
  ready: (frame) => frame.getByRole('heading', { level: 2, name: 'Your situation' }),
  // The README snippet starts from a use case; starting from scratch clears its answers, reasons and flip points.
  change: async (frame) => { await frame.getByLabel('Start from a use case').selectOption(''); },
};

/** The embed the cross-origin tests use: the decision matrix, as the issue asks. */
export const EMBEDDED: EmbedTarget = DECIDE_VIEW;
