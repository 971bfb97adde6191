/**
 * <decide-view>: the interactive decision matrix. Reads its state from the URL (ignoring anything
 * malformed, with a visible notice), keeps the URL in step with every change, and shares the
 * reader's answers with the matrix and the scenario table on the same page.
 */
import { adrMarkdown } from '../../lib/decision/adr.ts';
import { DECIDE_PARAMS, parseDecideState, serialiseDecideState, type DecideState, type DecideVocabulary } from '../../lib/decision/url-state.ts';
import { decide, weightOf, type Decision, type FlipPoint } from '../../lib/decision/model.ts';
import type { DecisionDocument } from '../../lib/decision/document.ts';
import { describeFlip } from '../../lib/decision/text.ts';
import { noticeText, type Notice } from '../../lib/shared/url-notice.ts';
import { baseOf, el, must, replaceQuery } from '../dom.ts';
import { renderBars } from './bars.ts';
import { onPresetRequest, publish } from './bus.ts';
import { loadDecisionDocument } from './load.ts';
import { renderReasons } from './reasons.ts';

const points = (n: number) => `${n} ${Math.abs(n) === 1 ? 'point' : 'points'}`;

class DecideView extends HTMLElement {
  /** URL parameters another part of the page reads (an embed's theme): kept, and never reported. */
  private get allowed(): string[] {
    return (this.dataset.allow ?? '').split(',').filter(Boolean);
  }
  private doc!: DecisionDocument;
  private vocabulary!: DecideVocabulary;
  private state: DecideState = { profile: {}, weights: {} };
  private decision!: Decision;
  private base = '/';
  private adrUrl: string | undefined;
  private adrText = '';

  async connectedCallback() {
    this.base = baseOf(this);
    try {
      this.doc = await loadDecisionDocument(this.base);
    } catch (error) {
      must(this, '.js-needed').textContent = `The decision data could not be loaded (${(error as Error).message}). The matrix and the use-case table below still read in full.`;
      return;
    }
    this.vocabulary = { criteria: this.doc.criteria, presets: this.doc.useCases.map((u) => ({ id: u.id, profile: u.profile })) };
    const fromUrl = parseDecideState(location.search, this.vocabulary, this.allowed);
    const urlSetsState = Object.values(DECIDE_PARAMS).some((p) => new URLSearchParams(location.search).has(p));
    const preset = this.vocabulary.presets.find((p) => p.id === this.dataset.preset);
    const state = !urlSetsState && preset ? { preset: preset.id, profile: { ...preset.profile }, weights: {} } : fromUrl.state;
    this.showNotices(fromUrl.notices);
    this.bind();
    must(this, '.js-needed').hidden = true;
    must(this, '.app').hidden = false;
    this.setState(state);
  }

  disconnectedCallback() {
    if (this.adrUrl) URL.revokeObjectURL(this.adrUrl);
  }

  private bind() {
    const form = must<HTMLFormElement>(this, 'form.answers');
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', (e) => {
      const target = e.target as HTMLSelectElement;
      const id = target.dataset.criterion;
      if (target.classList.contains('preset')) {
        this.startFrom(target.value);
        return;
      }
      if (!id) return;
      const profile: Record<string, string> = { ...this.state.profile };
      const weights: Record<string, number> = { ...this.state.weights };
      if (target.classList.contains('answer')) {
        if (target.value === '') delete profile[id];
        else profile[id] = target.value;
      } else if (target.classList.contains('weight')) {
        const w = Number(target.value);
        if (w === Number(target.dataset.default)) delete weights[id];
        else weights[id] = w;
      }
      this.setState({ ...(this.state.preset ? { preset: this.state.preset } : {}), profile, weights });
    });
    must(this, 'button.reset').addEventListener('click', () => {
      this.setState({ profile: {}, weights: {} });
      this.showNotices([]);
      must<HTMLSelectElement>(this, 'select.preset').focus();
    });
    must(this, 'button.copy-adr').addEventListener('click', () => void this.copyAdr());
    must(this, 'button.copy-link').addEventListener('click', () => {
      const status = must(this, '.export-status');
      navigator.clipboard.writeText(location.href).then(
        () => (status.textContent = 'Copied the link to this decision.'),
        () => (status.textContent = 'Copying is blocked here: copy the address from the address bar; it holds the whole decision.'),
      );
    });
    must(this, 'button.print').addEventListener('click', () => window.print());
    onPresetRequest((id) => {
      this.startFrom(id);
      must(this, '.results').scrollIntoView({ block: 'start' });
      must<HTMLElement>(this, '.headline').focus();
    });
  }

  /** Starts over from a use case's profile ("" starts from scratch). */
  private startFrom(id: string) {
    const preset = this.vocabulary.presets.find((p) => p.id === id);
    this.setState(preset ? { preset: preset.id, profile: { ...preset.profile }, weights: {} } : { profile: {}, weights: {} });
  }

  private setState(state: DecideState) {
    this.state = state;
    this.decision = decide(this.doc, state.profile, state.weights);
    this.syncControls();
    this.render();
    publish(state);
    replaceQuery(serialiseDecideState(state, this.vocabulary), this.allowed);
  }

  private syncControls() {
    const { profile, preset } = this.state;
    must<HTMLSelectElement>(this, 'select.preset').value = preset ?? '';
    for (const c of this.doc.criteria) {
      const answer = this.querySelector<HTMLSelectElement>(`select.answer[data-criterion="${c.id}"]`);
      const weight = this.querySelector<HTMLSelectElement>(`select.weight[data-criterion="${c.id}"]`);
      if (answer) answer.value = profile[c.id] ?? '';
      if (weight) weight.value = String(weightOf(c, this.state.weights));
      this.querySelector(`.criterion[data-criterion="${c.id}"]`)?.classList.toggle('is-set', profile[c.id] !== undefined);
    }
    const note = must(this, '.preset-note');
    const useCase = this.doc.useCases.find((u) => u.id === preset);
    if (!useCase) note.textContent = '';
    else {
      const same = Object.keys(useCase.profile).length === Object.keys(profile).length && Object.entries(useCase.profile).every(([k, v]) => profile[k] === v);
      const changed = !same || Object.keys(this.state.weights).length > 0;
      note.replaceChildren('Started from ', el('a', { href: `${this.base}${useCase.path}` }, useCase.title), changed ? ', changed since.' : '.');
    }
  }

  private render() {
    const { ranking, winner, margin, flips } = this.decision;
    const answered = this.doc.criteria.filter((c) => c.levels.some((l) => l.id === this.state.profile[c.id])).length;
    const results = must(this, '.results');
    const headline = must(this, '.headline');
    headline.tabIndex = -1;
    if (!winner || answered === 0) {
      headline.textContent = 'Answer at least one question, or start from a use case.';
      results.dataset.winner = '';
    } else {
      const second = ranking[1];
      headline.textContent =
        margin === 0 && second
          ? `${winner.approach.title} and ${second.approach.title} tie on ${points(winner.score)}; ${winner.approach.title} is listed first by column order.`
          : `${winner.approach.title} comes first, ${points(margin)} ahead of ${second?.approach.title ?? 'the rest'}.`;
      results.dataset.winner = winner.approach.id;
    }
    results.dataset.margin = String(margin);
    must(this, '.mini-result').textContent =
      winner && answered > 0 ? `Now: ${winner.approach.title} first${margin > 0 ? `, by ${points(margin)}` : ' (tied)'}. The full ranking is below the questions.` : '';
    renderBars(must<HTMLOListElement>(this, 'ol.ranking'), ranking);
    renderReasons(must<HTMLTableSectionElement>(this, 'table.reasons tbody'), this.doc, this.decision, this.state.profile, this.base);
    this.renderFlips(answered > 0 ? flips : []);
    must(this, '.flips-empty').textContent =
      answered === 0
        ? 'Flip points appear once you answer a question.'
        : flips.length === 0
          ? 'No single change of one answer or one weight would put another approach first.'
          : flips.every((f) => f.changesAnswer && f.changesWeight)
            ? 'No change of one answer or one weight alone would put another approach first.'
            : '';
    this.renderExport();
  }

  /** Flip points by one change (answer or weight) in view; those needing both behind a disclosure. */
  private renderFlips(flips: readonly FlipPoint[]) {
    const item = (f: FlipPoint, i: number) => {
      const id = `flip-${i}`;
      const button = el('button', { type: 'button', 'aria-describedby': id, 'data-criterion': f.criterion, 'data-level': f.level ?? '', 'data-winner': f.winner }, 'Try it');
      button.addEventListener('click', () => this.apply(f));
      return el('li', { 'data-winner': f.winner, 'data-criterion': f.criterion, 'data-level': f.level ?? '' }, el('span', { id }, describeFlip(this.doc, f, this.state.weights)), ' ', button);
    };
    const single = flips.filter((f) => !(f.changesAnswer && f.changesWeight));
    const combined = flips.filter((f) => f.changesAnswer && f.changesWeight);
    // Answer changes first: they are the questions a reader is most likely to have got wrong.
    single.sort((a, b) => Number(b.changesAnswer) - Number(a.changesAnswer));
    must<HTMLUListElement>(this, 'ul.flips:not(.flips-combined)').replaceChildren(...single.map((f, i) => item(f, i)));
    must<HTMLUListElement>(this, 'ul.flips-combined').replaceChildren(...combined.map((f, i) => item(f, single.length + i)));
    const unprinted = Math.max(0, single.length - 8) + combined.length;
    must(this, '.flips-more-print').textContent = unprinted > 0 ? `And ${unprinted} more ${unprinted === 1 ? 'change' : 'changes'} that would flip the answer: see the decision record or the page.` : '';
    const more = must<HTMLDetailsElement>(this, 'details.more-flips');
    more.hidden = combined.length === 0;
    more.querySelector('summary')!.textContent = `${combined.length} more ${combined.length === 1 ? 'change needs' : 'changes need'} a different answer and a different weight together`;
  }

  /** Makes the change a flip point names, at the weight nearest the current one. */
  private apply(f: FlipPoint) {
    const c = this.doc.criteria.find((x) => x.id === f.criterion)!;
    const now = weightOf(c, this.state.weights);
    const weight = f.weights.reduce((best, w) => (Math.abs(w - now) < Math.abs(best - now) ? w : best), f.weights[0]);
    const profile: Record<string, string> = { ...this.state.profile };
    const weights: Record<string, number> = { ...this.state.weights };
    if (f.level === null) delete profile[f.criterion];
    else profile[f.criterion] = f.level;
    if (f.changesWeight) {
      if (weight === c.weight) delete weights[f.criterion];
      else weights[f.criterion] = weight;
    }
    this.setState({ ...(this.state.preset ? { preset: this.state.preset } : {}), profile, weights });
    must<HTMLElement>(this, '.headline').focus();
  }

  private renderExport() {
    const siteUrl = new URL(this.base, location.origin).href;
    const query = serialiseDecideState(this.state, this.vocabulary);
    const link = new URL(`${location.pathname}${query ? `?${query}` : ''}`, location.origin).href;
    this.adrText = adrMarkdown(this.doc, this.state, this.decision, { siteUrl, link, date: new Date().toISOString().slice(0, 10) });
    must<HTMLTextAreaElement>(this, 'textarea.adr-text').value = this.adrText;
    must(this, '.print-link').textContent = `Reopen this decision: ${link}`;
    if (this.adrUrl) URL.revokeObjectURL(this.adrUrl);
    this.adrUrl = URL.createObjectURL(new Blob([this.adrText], { type: 'text/markdown;charset=utf-8' }));
    const download = must<HTMLAnchorElement>(this, 'a.download-adr');
    download.href = this.adrUrl;
    download.download = `adr-${this.decision.winner && Object.keys(this.state.profile).length ? this.decision.winner.approach.id : 'undecided'}.md`;
  }

  private async copyAdr() {
    const status = must(this, '.export-status');
    try {
      await navigator.clipboard.writeText(this.adrText);
      status.textContent = 'Copied the decision record as Markdown.';
    } catch {
      must<HTMLDetailsElement>(this, 'details.adr-preview').open = true;
      const area = must<HTMLTextAreaElement>(this, 'textarea.adr-text');
      area.focus();
      area.select();
      status.textContent = 'Copying is blocked here: the text is selected below, press Ctrl+C (or Cmd+C) to copy it.';
    }
  }

  private showNotices(notices: readonly Notice[]) {
    const box = must(this, '.notices');
    must(this, '.notices-list').replaceChildren(...notices.map((n) => el('li', {}, noticeText(n))));
    box.hidden = notices.length === 0;
  }
}

if (!customElements.get('decide-view')) customElements.define('decide-view', DecideView);
