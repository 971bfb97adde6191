/**
 * <cost-view>: reads the calculator's inputs from the URL (invalid values keep their defaults, with a
 * notice), recomputes on every valid edit, keeps the URL in step, and redraws the chart, the
 * summary and the table.
 */
import { COST_LINES, costSeries, crossovers, type CostInputs, type CostPoint } from '../../lib/cost/model.ts';
import { COST_FIELDS, COST_PRESETS, DEFAULT_COST_INPUTS, parseCostInputs, serialiseCostInputs, validCostValue } from '../../lib/cost/url-state.ts';
import { LINE_LABELS, costSummary, money } from '../../lib/cost/text.ts';
import { noticeText } from '../../lib/shared/url-notice.ts';
import { el, must, replaceQuery } from '../dom.ts';
import { drawChart } from './chart.ts';

class CostView extends HTMLElement {
  /** URL parameters another part of the page reads (an embed's theme): kept, and never reported. */
  private get allowed(): string[] {
    return (this.dataset.allow ?? '').split(',').filter(Boolean);
  }
  private inputs: CostInputs = DEFAULT_COST_INPUTS;
  private month: number | null = null;
  private show: (month: number | null) => void = () => {};
  private series: CostPoint[] = [];

  connectedCallback() {
    const { inputs, notices } = parseCostInputs(location.search, this.allowed);
    must(this, '.notices-list').replaceChildren(...notices.map((n) => el('li', {}, noticeText(n))));
    must(this, '.notices').hidden = notices.length === 0;
    for (const node of this.querySelectorAll<HTMLElement>('.js-needed')) node.hidden = true;
    must(this, 'form.inputs').hidden = false;
    must(this, 'figure.chart-figure').hidden = false;
    this.bind();
    this.setInputs(inputs);
    new ResizeObserver(() => this.draw()).observe(must(this, '.chart'));
  }

  private field(param: string) {
    return must<HTMLInputElement>(this, `input[name="${param}"]`);
  }

  private bind() {
    const form = must<HTMLFormElement>(this, 'form.inputs');
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('input', (e) => {
      const input = e.target as HTMLInputElement;
      const f = COST_FIELDS.find((x) => x.param === input.name);
      if (!f) return;
      const value = input.value.trim() === '' ? Number.NaN : Number(input.value);
      const ok = validCostValue(f, value);
      const error = input.parentElement!.querySelector<HTMLElement>('.field-error')!;
      input.setAttribute('aria-invalid', String(!ok));
      error.hidden = ok;
      error.id = `error-${f.param}`;
      input.setAttribute('aria-describedby', ok ? `basis-${f.param}` : `basis-${f.param} error-${f.param}`);
      error.textContent = ok ? '' : `Enter ${f.integer ? 'a whole number' : 'a number'} from ${f.min} to ${f.max.toLocaleString('en-US')}; the chart keeps the last valid value.`;
      if (ok) this.setInputs({ ...this.inputs, [f.key]: value }, false);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-preset]')) {
      button.addEventListener('click', () => {
        const preset = COST_PRESETS.find((p) => p.id === button.dataset.preset);
        if (preset) this.setInputs({ ...DEFAULT_COST_INPUTS, ...preset.inputs });
      });
    }
    must(this, 'button.reset').addEventListener('click', () => this.setInputs(DEFAULT_COST_INPUTS));
    const chart = must(this, '.chart');
    chart.addEventListener('keydown', (e) => {
      const last = this.inputs.horizonMonths;
      const steps: Record<string, number | undefined> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 };
      let next: number | null;
      if (e.key in steps) next = Math.max(0, Math.min(last, (this.month ?? (steps[e.key]! > 0 ? -1 : last + 1)) + steps[e.key]!));
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = last;
      else if (e.key === 'Escape') next = null;
      else return;
      e.preventDefault();
      this.month = next;
      this.show(next);
    });
    chart.addEventListener('blur', () => {
      this.month = null;
      this.show(null);
    });
  }

  /** Takes new inputs; `syncFields` rewrites the fields too (presets, reset, URL). */
  private setInputs(inputs: CostInputs, syncFields = true) {
    this.inputs = inputs;
    if (syncFields) {
      for (const f of COST_FIELDS) {
        const input = this.field(f.param);
        input.value = String(inputs[f.key]);
        input.removeAttribute('aria-invalid');
        input.setAttribute('aria-describedby', `basis-${f.param}`);
        input.parentElement!.querySelector<HTMLElement>('.field-error')!.hidden = true;
      }
    }
    this.series = costSeries(inputs);
    const crossings = crossovers(this.series);
    must(this, 'ul.summary').replaceChildren(...costSummary(inputs, this.series, crossings).map((line) => el('li', {}, line)));
    this.renderTable();
    this.draw();
    replaceQuery(serialiseCostInputs(inputs), this.allowed);
  }

  private draw() {
    const crossings = crossovers(this.series);
    this.show = drawChart({ container: must(this, '.chart'), tooltip: must(this, '.tooltip') }, this.series, crossings);
    if (this.month !== null) this.show(Math.min(this.month, this.inputs.horizonMonths));
  }

  private renderTable() {
    const cheapest = (p: CostPoint) => COST_LINES.reduce((best, l) => (p[l] < p[best] ? l : best), COST_LINES[0]);
    must(this, 'table.cost-table tbody').replaceChildren(
      ...this.series.map((p) => el('tr', {}, el('th', { scope: 'row' }, String(p.month)), ...COST_LINES.map((l) => el('td', {}, money(p[l]))), el('td', {}, LINE_LABELS[cheapest(p)]))),
    );
  }
}

if (!customElements.get('cost-view')) customElements.define('cost-view', CostView);
