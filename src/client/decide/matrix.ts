/** <decision-matrix>: filters the matrix rows by text, group and "answered", and highlights the reader's answers. */
import type { Profile } from '../../lib/decision/model.ts';
import { must } from '../dom.ts';
import { subscribe } from './bus.ts';

class DecisionMatrix extends HTMLElement {
  private profile: Profile = {};

  connectedCallback() {
    const filters = must(this, '.filters');
    filters.hidden = false;
    const text = must<HTMLInputElement>(this, 'input.text-filter');
    const group = must<HTMLSelectElement>(this, 'select.group-filter');
    const answered = must<HTMLInputElement>(this, 'input.answered-filter');
    const apply = () => this.filter(text.value, group.value, answered.checked);
    text.addEventListener('input', apply);
    group.addEventListener('change', apply);
    answered.addEventListener('change', apply);
    answered.disabled = true;
    subscribe((state) => {
      this.profile = state.profile;
      this.highlight();
      answered.disabled = Object.keys(state.profile).length === 0;
      if (answered.disabled) answered.checked = false;
      apply();
    });
    apply();
  }

  private highlight() {
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tr[data-criterion]')) {
      const level = this.profile[row.dataset.criterion!];
      row.classList.toggle('answered', level !== undefined);
      let label = '';
      for (const li of row.querySelectorAll<HTMLLIElement>('li[data-level]')) {
        const mine = li.dataset.level === level;
        li.classList.toggle('is-answer', mine);
        li.querySelector<HTMLElement>('.yours')!.hidden = !mine;
        if (mine) label = li.querySelector('.level')?.textContent ?? '';
      }
      const note = row.querySelector<HTMLElement>('.yours-row')!;
      note.textContent = label ? `Your answer: ${label}` : '';
      note.hidden = !label;
    }
  }

  private filter(query: string, group: string, answeredOnly: boolean) {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    let total = 0;
    for (const body of this.querySelectorAll<HTMLTableSectionElement>('tbody[data-group]')) {
      let visible = 0;
      for (const row of body.querySelectorAll<HTMLTableRowElement>('tr[data-criterion]')) {
        total++;
        const text = row.dataset.search ?? '';
        const ok = (!group || body.dataset.group === group) && words.every((w) => text.includes(w)) && (!answeredOnly || this.profile[row.dataset.criterion!] !== undefined);
        row.hidden = !ok;
        if (ok) visible++;
      }
      body.hidden = visible === 0;
      shown += visible;
    }
    must(this, '.count').textContent = shown === total ? `All ${total} criteria shown.` : `${shown} of ${total} criteria shown.`;
  }
}

if (!customElements.get('decision-matrix')) customElements.define('decision-matrix', DecisionMatrix);
