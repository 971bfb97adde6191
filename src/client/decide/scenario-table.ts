/**
 * <scenario-table>: filters the use-case rows by text, by a criterion's answer and by the model's
 * choice; sorts by any column (buttons in the headers, aria-sort on the sorted one); and, once the
 * reader has answered something, shows how close each use case is and orders the closest first.
 */
import type { Profile } from '../../lib/decision/model.ts';
import { closeness } from '../../lib/decision/scenarios.ts';
import { el, must } from '../dom.ts';
import { hasDecideView, requestPreset, subscribe } from './bus.ts';

type Direction = 'ascending' | 'descending';

const profileOf = (row: HTMLElement): Profile =>
  Object.fromEntries((row.dataset.profile ?? '').split(',').filter(Boolean).map((pair) => pair.split(':') as [string, string]));

class ScenarioTable extends HTMLElement {
  private sortKey = 'title';
  private direction: Direction = 'ascending';
  /** True once the reader picked a sort, so closeness no longer takes over by itself. */
  private chosen = false;

  connectedCallback() {
    must(this, '.filters').hidden = false;
    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')) {
      const button = el('button', { type: 'button' }, th.textContent ?? '');
      button.addEventListener('click', () => {
        const key = th.dataset.sortKey!;
        this.direction = key === this.sortKey && this.direction === 'ascending' ? 'descending' : 'ascending';
        this.sortKey = key;
        this.chosen = true;
        this.sort();
      });
      th.replaceChildren(button);
    }
    const apply = () => this.filter();
    must(this, 'input.text-filter').addEventListener('input', apply);
    must(this, 'select.level-filter').addEventListener('change', apply);
    must(this, 'select.winner-filter').addEventListener('change', apply);
    this.addEventListener('click', (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('a.use-preset');
      if (!link || !hasDecideView()) return;
      e.preventDefault();
      requestPreset(link.dataset.preset!);
    });
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
      for (const td of row.querySelectorAll<HTMLElement>('td[data-criterion]')) {
        td.classList.toggle('match', td.dataset.level !== undefined && profile[td.dataset.criterion!] === td.dataset.level);
      }
    }
    if (!this.chosen || this.sortKey === 'closeness') {
      this.sortKey = answered > 0 ? 'closeness' : 'title';
      this.direction = 'ascending';
    }
    this.sort();
  }

  private sort() {
    const key = this.sortKey;
    const title = (row: HTMLTableRowElement) => row.querySelector<HTMLElement>('th[data-sort]')!.dataset.sort!;
    /** The row's number for the sorted column; null (sorted last either way) when the row has none. */
    const value = (row: HTMLTableRowElement): number | null => {
      const cell =
        key === 'source' ? row.children[1] : key === 'model' ? row.children[2] : key === 'closeness' ? row.querySelector('td.closeness') : row.querySelector(`td[data-criterion="${key.slice(2)}"]`);
      const raw = (cell as HTMLElement | null)?.dataset.sort;
      return raw === undefined || raw === '' ? null : Number(raw);
    };
    const sign = this.direction === 'ascending' ? 1 : -1;
    const sorted = this.rows().sort((a, b) => {
      if (key === 'title') return sign * title(a).localeCompare(title(b));
      const va = value(a);
      const vb = value(b);
      if (va === null || vb === null) return (va === null ? 1 : 0) - (vb === null ? 1 : 0) || title(a).localeCompare(title(b));
      return sign * (va - vb) || title(a).localeCompare(title(b));
    });
    must(this, 'tbody').append(...sorted);
    for (const th of this.querySelectorAll<HTMLElement>('th[data-sort-key]')) {
      if (th.dataset.sortKey === key) th.setAttribute('aria-sort', this.direction);
      else th.removeAttribute('aria-sort');
    }
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

if (!customElements.get('scenario-table')) customElements.define('scenario-table', ScenarioTable);
