/** Tiny DOM builders for the views: text goes in as text (never markup), attributes one by one. */

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Replaces the URL's query without a history entry, keeping path, hash and the parameters named in `keep`. */
export function replaceQuery(query: string, keep: readonly string[] = []): void {
  const current = new URLSearchParams(location.search);
  const kept = keep.flatMap((name) => current.getAll(name).map((v) => `${encodeURIComponent(name)}=${encodeURIComponent(v)}`));
  const all = [query, ...kept].filter(Boolean).join('&');
  const search = all ? `?${all}` : '';
  // Replacing the URL is not free (the browser process hears of it): skip it when nothing changed.
  if (search === location.search) return;
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

/** The first element matching `selector` inside `root`; throws a clear error when the markup is missing it. */
export function must<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
}
