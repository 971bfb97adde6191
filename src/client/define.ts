/** Custom element registration, the one way every view's element is defined. */

/** Defines `name` once: a view's module may be evaluated by a page and by its embed, and a second define throws. */
export function define(name: `rot-${string}`, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
