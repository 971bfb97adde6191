/**
 * <rot-decide-view>: the interactive decision matrix. Reads its state from the URL (ignoring anything
 * malformed, with a visible notice), keeps the URL in step with every change, and publishes the
 * reader's answers to whatever follows them on the page (the links to the matrix and the use-case table).
 */
import { define } from '../define.ts';
import { adrMarkdown } from '../../lib/decision/adr.ts';
import { DECIDE_PARAMS, parseDecideState, serialiseDecideState, type DecideState, type DecideVocabulary } from '../../lib/decision/url-state.ts';
import { decide, marginOf, rank, weightOf, type Decision, type FlipPoint, type RankedApproach } from '../../lib/decision/model.ts';
import type { DecisionDocument } from '../../lib/decision/document.ts';
import { describeFlip } from '../../lib/decision/text.ts';
import { noticeText, type Notice } from '../../lib/shared/url-notice.ts';
import { BASE } from '../base.ts';
import { el, must, replaceQuery } from '../dom.ts';
import { AdrExport } from './adr-export.ts';
import { AfterPaint } from './after-paint.ts';
import { renderBars } from './bars.ts';
import { reconcile, setText, type Keyed } from './patch.ts';
import { publish } from './bus.ts';
import { loadDecisionDocument } from './load.ts';
import { renderReasons } from './reasons.ts';

/** Sets a control's value only when it differs: writing it again re-renders the control. */
const setValue = (control: HTMLSelectElement, value: string) => {
  if (control.value !== value) control.value = value;
};

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
  private adr!: AdrExport;
  /**
   * What the reader does not need in the frame that answers a change, done right after it is painted:
   * the flip points (the model's costliest part), the reasons and the export, which sit below the
   * ranking, then the URL and whatever follows the decision.
   */
  private readonly follow = new AfterPaint(() => {
    this.decision = decide(this.doc, this.state.profile, this.state.weights);
    this.renderDetails();
    replaceQuery(serialiseDecideState(this.state, this.vocabulary), this.allowed);
    // After the URL, so whatever follows the decision (the links to the matrix and the table) reads it there.
    publish(this.state);
  });

  async connectedCallback() {
    this.base = BASE;
    try {
      this.doc = await loadDecisionDocument(this.base);
    } catch (error) {
      must(this, '.js-needed').textContent = `The decision data could not be loaded (${(error as Error).message}). The side-by-side matrix and the use-case table, linked above, still read in full.`;
      // Brings the notice back in place of the view the page showed while scripts were starting.
      this.dataset.failed = '';
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
    // The first state rewrites a malformed URL at once: nothing else is waiting to be drawn.
    this.follow.flush();
    // Leaving, or hiding the tab, before the next frame still leaves the URL holding the decision.
    addEventListener('pagehide', () => this.follow.flush());
    document.addEventListener('visibilitychange', () => this.follow.flush());
  }

  disconnectedCallback() {
    this.adr?.dispose();
  }

  private bind() {
    this.adr = new AdrExport(
      { settle: () => this.follow.flush(), text: () => this.adrMarkdown(), fileName: () => `adr-${this.decision.winner && Object.keys(this.state.profile).length ? this.decision.winner.approach.id : 'undecided'}.md` },
      must<HTMLAnchorElement>(this, 'a.download-adr'),
      must<HTMLTextAreaElement>(this, 'textarea.adr-text'),
      must<HTMLDetailsElement>(this, 'details.adr-preview'),
    );
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
      this.follow.flush();
      const status = must(this, '.export-status');
      navigator.clipboard.writeText(location.href).then(
        () => (status.textContent = 'Copied the link to this decision.'),
        () => (status.textContent = 'Copying is blocked here: copy the address from the address bar; it holds the whole decision.'),
      );
    });
    must(this, 'button.print').addEventListener('click', () => window.print());
    // Printing (by the button or the browser's menu) shows the flip points and the link to the decision.
    addEventListener('beforeprint', () => this.follow.flush());
  }

  /** Starts over from a use case's profile ("" starts from scratch). */
  private startFrom(id: string) {
    const preset = this.vocabulary.presets.find((p) => p.id === id);
    this.setState(preset ? { preset: preset.id, profile: { ...preset.profile }, weights: {} } : { profile: {}, weights: {} });
  }

  private setState(state: DecideState) {
    this.state = state;
    this.syncControls();
    this.renderSummary(rank(this.doc, state.profile, state.weights));
    this.follow.schedule();
  }

  private syncControls() {
    const { profile, preset } = this.state;
    setValue(must<HTMLSelectElement>(this, 'select.preset'), preset ?? '');
    for (const c of this.doc.criteria) {
      const answer = this.querySelector<HTMLSelectElement>(`select.answer[data-criterion="${c.id}"]`);
      const weight = this.querySelector<HTMLSelectElement>(`select.weight[data-criterion="${c.id}"]`);
      if (answer) setValue(answer, profile[c.id] ?? '');
      if (weight) setValue(weight, String(weightOf(c, this.state.weights)));
      this.querySelector(`.criterion[data-criterion="${c.id}"]`)?.classList.toggle('is-set', profile[c.id] !== undefined);
    }
    const note = must(this, '.preset-note');
    const useCase = this.doc.useCases.find((u) => u.id === preset);
    if (!useCase) setText(note, '');
    else {
      const same = Object.keys(useCase.profile).length === Object.keys(profile).length && Object.entries(useCase.profile).every(([k, v]) => profile[k] === v);
      const changed = !same || Object.keys(this.state.weights).length > 0;
      const text = `Started from ${useCase.title}${changed ? ', changed since.' : '.'}`;
      if (note.textContent !== text) note.replaceChildren('Started from ', el('a', { href: `${this.base}${useCase.path}` }, useCase.title), changed ? ', changed since.' : '.');
    }
  }

  /** How many criteria the reader has answered with one of their levels. */
  private answered(): number {
    return this.doc.criteria.filter((c) => c.levels.some((l) => l.id === this.state.profile[c.id])).length;
  }

  /** The part of the result a reader watches while answering: the headline, the ranking and its bars. */
  private renderSummary(ranking: readonly RankedApproach[]) {
    const winner = ranking[0];
    const margin = marginOf(ranking);
    const answered = this.answered();
    const results = must(this, '.results');
    const headline = must(this, '.headline');
    headline.tabIndex = -1;
    if (!winner || answered === 0) {
      setText(headline, 'Answer at least one question, or start from a use case.');
      results.dataset.winner = '';
    } else {
      const second = ranking[1];
      setText(
        headline,
        margin === 0 && second
          ? `${winner.approach.title} and ${second.approach.title} tie on ${points(winner.score)}; ${winner.approach.title} is listed first by column order.`
          : `${winner.approach.title} comes first, ${points(margin)} ahead of ${second?.approach.title ?? 'the rest'}.`,
      );
      results.dataset.winner = winner.approach.id;
    }
    results.dataset.margin = String(margin);
    setText(
      must(this, '.mini-result'),
      winner && answered > 0 ? `Now: ${winner.approach.title} first${margin > 0 ? `, by ${points(margin)}` : ' (tied)'}. The full ranking is below the questions.` : '',
    );
    renderBars(must<HTMLOListElement>(this, 'ol.ranking'), ranking);
  }

  /** The rest of the decision, below the ranking: reasons, flip points and the export. */
  private renderDetails() {
    const { flips } = this.decision;
    const answered = this.answered();
    renderReasons(must<HTMLTableSectionElement>(this, 'table.reasons tbody'), this.doc, this.decision, this.state.profile, this.base);
    this.renderFlips(answered > 0 ? flips : []);
    setText(
      must(this, '.flips-empty'),
      answered === 0
        ? 'Flip points appear once you answer a question.'
        : flips.length === 0
          ? 'No single change of one answer or one weight would put another approach first.'
          : flips.every((f) => f.changesAnswer && f.changesWeight)
            ? 'No change of one answer or one weight alone would put another approach first.'
            : '',
    );
    this.renderExport();
  }

  /** Flip points by one change (answer or weight) in view; those needing both behind a disclosure. */
  private renderFlips(flips: readonly FlipPoint[]) {
    const item = (f: FlipPoint, i: number): Keyed<HTMLLIElement> => {
      const id = `flip-${i}`;
      const text = describeFlip(this.doc, f, this.state.weights);
      const make = () => {
        const button = el('button', { type: 'button', 'aria-describedby': id, 'data-criterion': f.criterion, 'data-level': f.level ?? '', 'data-winner': f.winner }, 'Try it');
        button.addEventListener('click', () => this.apply(f));
        return el('li', { 'data-winner': f.winner, 'data-criterion': f.criterion, 'data-level': f.level ?? '' }, el('span', { id }, text), ' ', button);
      };
      // Everything the item shows or its button applies, so an item kept across a change is still right.
      return { key: [id, f.criterion, f.level, f.weights.join(' '), f.changesWeight, f.winner, text].join('|'), make };
    };
    const single = flips.filter((f) => !(f.changesAnswer && f.changesWeight));
    const combined = flips.filter((f) => f.changesAnswer && f.changesWeight);
    // Answer changes first: they are the questions a reader is most likely to have got wrong.
    single.sort((a, b) => Number(b.changesAnswer) - Number(a.changesAnswer));
    reconcile(must<HTMLUListElement>(this, 'ul.flips:not(.flips-combined)'), single.map((f, i) => item(f, i)));
    reconcile(must<HTMLUListElement>(this, 'ul.flips-combined'), combined.map((f, i) => item(f, single.length + i)));
    const unprinted = Math.max(0, single.length - 8) + combined.length;
    setText(must(this, '.flips-more-print'), unprinted > 0 ? `And ${unprinted} more ${unprinted === 1 ? 'change' : 'changes'} that would flip the answer: see the decision record or the page.` : '');
    const more = must<HTMLDetailsElement>(this, 'details.more-flips');
    more.hidden = combined.length === 0;
    setText(more.querySelector('summary')!, `${combined.length} more ${combined.length === 1 ? 'change needs' : 'changes need'} a different answer and a different weight together`);
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

  /** The link that reopens this decision: the page with the state's query, whatever else the URL holds. */
  private decisionLink(): string {
    const query = serialiseDecideState(this.state, this.vocabulary);
    return new URL(`${location.pathname}${query ? `?${query}` : ''}`, location.origin).href;
  }

  private adrMarkdown(): string {
    const siteUrl = new URL(this.base, location.origin).href;
    return adrMarkdown(this.doc, this.state, this.decision, { siteUrl, link: this.decisionLink(), date: new Date().toISOString().slice(0, 10) });
  }

  private renderExport() {
    setText(must(this, '.print-link'), `Reopen this decision: ${this.decisionLink()}`);
    this.adr.changed();
  }

  private async copyAdr() {
    const status = must(this, '.export-status');
    try {
      await navigator.clipboard.writeText(this.adr.markdown());
      status.textContent = 'Copied the decision record as Markdown.';
    } catch {
      const area = this.adr.openPreview();
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

define('rot-decide-view', DecideView);
