/**
 * <rot-evidence-table>: sorts the findings by any column (buttons in the headers, aria-sort on the sorted
 * one) and filters them by text, by study and by the node they bear on. The table is complete
 * without this script; it only reorders and hides rows.
 */
import { define } from '../define.ts';
import { must } from '../dom.ts';
import { showSorted, sortHeaders, type SortState } from '../sortable.ts';

const SORT_DATA: Record<string, string> = { study: 'studyName', year: 'year', models: 'models', task: 'task', result: 'result' };

class EvidenceTable extends HTMLElement {
  private readonly order: SortState = { key: '', direction: 'ascending' };

  connectedCallback() {
    must(this, '.filters').hidden = false;
    sortHeaders(this, this.order, () => this.sort());
    const apply = () => this.filter();
    must(this, 'input.text-filter').addEventListener('input', apply);
    must(this, 'select.study-filter').addEventListener('change', apply);
    must(this, 'select.target-filter').addEventListener('change', apply);
    this.filter();
  }

  private rows(): HTMLTableRowElement[] {
    return [...this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];
  }

  private sort() {
    const field = SORT_DATA[this.order.key];
    if (!field) return;
    const numeric = this.querySelector<HTMLElement>(`th[data-sort-key="${this.order.key}"]`)?.hasAttribute('data-numeric') ?? false;
    const sign = this.order.direction === 'ascending' ? 1 : -1;
    const value = (row: HTMLElement) => row.dataset[field] ?? '';
    const rows = this.rows().sort((a, b) => {
      const order = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b));
      // Ties keep the page's own order (newest study first), so a sort never shuffles equal rows.
      return sign * order || 0;
    });
    showSorted(this, rows, this.order);
  }

  private filter() {
    const text = must<HTMLInputElement>(this, 'input.text-filter').value.trim().toLowerCase();
    const study = must<HTMLSelectElement>(this, 'select.study-filter').value;
    const target = must<HTMLSelectElement>(this, 'select.target-filter').value;
    let shown = 0;
    const rows = this.rows();
    for (const row of rows) {
      const match =
        (!text || (row.textContent ?? '').toLowerCase().includes(text)) &&
        (!study || row.dataset.study === study) &&
        (!target || (row.dataset.targets ?? '').split(' ').includes(target));
      row.hidden = !match;
      if (match) shown++;
    }
    must(this, '.count').textContent = shown === rows.length ? `Showing all ${rows.length} findings.` : `Showing ${shown} of ${rows.length} findings.`;
  }
}

define('rot-evidence-table', EvidenceTable);
