/**
 * <rot-scenario-table>: filters the use-case rows by text, by a criterion's answer and by the model's
 * choice; sorts by any column (buttons in the headers, aria-sort on the sorted one); and, once the
 * reader has answered something, shows how close each use case is and orders the closest first.
 */
import { define } from '../define.ts';
import type { Profile } from '../../lib/decision/model.ts';
import { closeness } from '../../lib/decision/scenarios.ts';
import { must } from '../dom.ts';
import { showSorted, sortHeaders, type SortState } from '../sortable.ts';
import { subscribe } from './bus.ts';

const profileOf = (row: HTMLElement): Profile =>
  Object.fromEntries((row.dataset.profile ?? '').split(',').filter(Boolean).map((pair) => pair.split(':') as [string, string]));

class ScenarioTable extends HTMLElement {
  private readonly order: SortState = { key: 'title', direction: 'ascending' };
  /** True once the reader picked a sort, so closeness no longer takes over by itself. */
  private chosen = false;

  connectedCallback() {
    must(this, '.filters').hidden = false;
    sortHeaders(this, this.order, () => {
      this.chosen = true;
      this.sort();
    });
    const apply = () => this.filter();
    must(this, 'input.text-filter').addEventListener('input', apply);
    must(this, 'select.level-filter').addEventListener('change', apply);
    must(this, 'select.winner-filter').addEventListener('change', apply);
    subscribe((state) => this.follow(state.profile));
    this.sort();
    this.filter();
  }

  private rows(): HTMLTableRowElement[] {
    return [...this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];
  }

  /** Shows closeness to the reader's answers and highlights the cells that match. */
  private follow(profile: Profile) {
    const answered = Object.keys(profile).length;
    for (const cell of this.querySelectorAll<HTMLElement>('.closeness')) cell.hidden = answered === 0;
    for (const row of this.rows()) {
      const mine = closeness(profile, profileOf(row));
      const cell = row.querySelector<HTMLElement>('td.closeness')!;
      cell.dataset.sort = String(-mine.score);
      cell.textContent = answered === 0 ? '' : `${mine.same} of ${answered} match${mine.different ? `, ${mine.different} differ` : ''}`;
      // A criterion's column cell, or its line in the one answers cell when criteria are too many for columns.
      for (const answer of row.querySelectorAll<HTMLElement>('[data-criterion]')) {
        answer.classList.toggle('match', answer.dataset.level !== undefined && profile[answer.dataset.criterion!] === answer.dataset.level);
      }
    }
    if (!this.chosen || this.order.key === 'closeness') {
      this.order.key = answered > 0 ? 'closeness' : 'title';
      this.order.direction = 'ascending';
    }
    this.sort();
  }

  private sort() {
    const key = this.order.key;
    const title = (row: HTMLTableRowElement) => row.querySelector<HTMLElement>('th[data-sort]')!.dataset.sort!;
    /** The row's number for the sorted column; null (sorted last either way) when the row has none. */
    const value = (row: HTMLTableRowElement): number | null => {
      const cell =
        key === 'source' ? row.children[1] : key === 'model' ? row.children[2] : key === 'closeness' ? row.querySelector('td.closeness') : row.querySelector(`td[data-criterion="${key.slice(2)}"]`);
      const raw = (cell as HTMLElement | null)?.dataset.sort;
      return raw === undefined || raw === '' ? null : Number(raw);
    };
    const sign = this.order.direction === 'ascending' ? 1 : -1;
    const sorted = this.rows().sort((a, b) => {
      if (key === 'title') return sign * title(a).localeCompare(title(b));
      const va = value(a);
      const vb = value(b);
      if (va === null || vb === null) return (va === null ? 1 : 0) - (vb === null ? 1 : 0) || title(a).localeCompare(title(b));
      return sign * (va - vb) || title(a).localeCompare(title(b));
    });
    showSorted(this, sorted, this.order);
  }

  private filter() {
    const words = must<HTMLInputElement>(this, 'input.text-filter').value.toLowerCase().split(/\s+/).filter(Boolean);
    const level = must<HTMLSelectElement>(this, 'select.level-filter').value;
    const winner = must<HTMLSelectElement>(this, 'select.winner-filter').value;
    let shown = 0;
    const rows = this.rows();
    for (const row of rows) {
      const text = row.dataset.search ?? '';
      const ok =
        words.every((w) => text.includes(w)) &&
        (!level || (row.dataset.profile ?? '').split(',').includes(level)) &&
        (!winner || row.dataset.model === winner);
      row.hidden = !ok;
      if (ok) shown++;
    }
    must(this, '.count').textContent = shown === rows.length ? `All ${rows.length} use cases shown.` : `${shown} of ${rows.length} use cases shown.`;
  }
}

define('rot-scenario-table', ScenarioTable);
