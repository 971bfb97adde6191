/**
 * Sortable table headers, shared by the tables that reorder their own rows (the evidence table, the
 * use-case table): each `th[data-sort-key]` becomes a button, a second press reverses the order, and
 * the sorted header carries aria-sort so screen readers announce it.
 */
import { el, must } from './dom.ts';

export type Direction = 'ascending' | 'descending';

export interface SortState {
  key: string;
  direction: Direction;
}

/** Makes each sortable header of `root` a button that updates `state` (same column: reverse) and calls `onSort`. */
export function sortHeaders(root: HTMLElement, state: SortState, onSort: () => void): void {
  for (const th of root.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')) {
    const button = el('button', { type: 'button' }, th.textContent ?? '');
    button.addEventListener('click', () => {
      const key = th.dataset.sortKey!;
      state.direction = key === state.key && state.direction === 'ascending' ? 'descending' : 'ascending';
      state.key = key;
      onSort();
    });
    th.replaceChildren(button);
  }
}

/** Puts `rows` into `root`'s table body in their order and marks the header `state` sorts by. */
export function showSorted(root: HTMLElement, rows: readonly HTMLTableRowElement[], state: SortState): void {
  must(root, 'tbody').append(...rows);
  for (const th of root.querySelectorAll<HTMLElement>('th[data-sort-key]')) {
    if (th.dataset.sortKey === state.key) th.setAttribute('aria-sort', state.direction);
    else th.removeAttribute('aria-sort');
  }
}
