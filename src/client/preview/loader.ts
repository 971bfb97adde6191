/**
 * Link previews, the part every page loads: it waits for the first mouse hover or keyboard focus on
 * a link to a node's page, then imports the card and hands that link over. Until then a page pays a
 * few hundred bytes and makes no request. Touch is left out on purpose: a tap on a link follows it.
 */
import { nodeLinkOf } from './links.ts';

export type Trigger = 'pointer' | 'focus';

let card: Promise<unknown> | undefined;

function wake(target: EventTarget | null, trigger: Trigger): void {
  const found = nodeLinkOf(target);
  if (!found || card) return;
  if (trigger === 'focus' && !found.link.matches(':focus-visible')) return;
  card = import('./card.ts').then(
    (m) => {
      document.removeEventListener('pointerover', onPointer);
      document.removeEventListener('focusin', onFocus);
      m.startPreviews(found.link, trigger);
    },
    // The card could not load (offline, a new deployment): links stay plain links; try again next time.
    () => (card = undefined),
  );
}

function onPointer(e: PointerEvent): void {
  if (e.pointerType === 'mouse' || e.pointerType === 'pen') wake(e.target, 'pointer');
}

function onFocus(e: FocusEvent): void {
  wake(e.target, 'focus');
}

document.addEventListener('pointerover', onPointer);
document.addEventListener('focusin', onFocus);
