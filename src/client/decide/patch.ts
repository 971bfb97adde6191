/**
 * Keyed DOM updates for the decide view. Replacing a subtree, or writing the same text again, makes
 * the browser lay it out anew; an answer usually changes a few rows, so only those are touched.
 */

const keys = new WeakMap<Element, string>();

/** Sets `node`'s text only when it differs, so an unchanged line is not laid out again. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** One child as it should be: `key` names everything it shows, `make` builds it when no child has that key. */
export interface Keyed<T extends Element> {
  readonly key: string;
  readonly make: () => T;
}

/**
 * Makes `parent`'s children exactly `items`, in order: a child whose key is wanted is kept (moved
 * only if out of place), a missing one is made, the rest removed.
 */
export function reconcile<T extends Element>(parent: Element, items: readonly Keyed<T>[]): void {
  const existing = new Map<string, Element>();
  for (const child of parent.children) {
    const key = keys.get(child);
    if (key !== undefined && !existing.has(key)) existing.set(key, child);
  }
  items.forEach((item, i) => {
    let node = existing.get(item.key);
    if (node) existing.delete(item.key);
    else {
      node = item.make();
      keys.set(node, item.key);
    }
    const at = parent.children[i];
    if (at !== node) parent.insertBefore(node, at ?? null);
  });
  while (parent.children.length > items.length) parent.lastElementChild!.remove();
}
