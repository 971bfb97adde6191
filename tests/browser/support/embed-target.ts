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

/** The embed the cross-origin tests use (for the decide view: define DECIDE_VIEW and put it here). */
export const EMBEDDED: EmbedTarget = NODE_CARD;
