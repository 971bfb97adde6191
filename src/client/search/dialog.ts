/**
 * The search dialog, loaded on first use by the header's launcher: a modal <dialog> holding a
 * combobox input and a listbox of results grouped by kind, each node followed by its matching
 * sections as options of their own. Focus stays in the input; the arrow keys move the active option
 * (aria-activedescendant) through nodes and sections alike, Enter opens it (a section at its
 * heading), Shift+Enter shows the node in the graph, Esc closes at the first press and focus returns
 * where it was. Each set of results painted is announced to the page as a `rot:search-results`
 * event on the dialog, which the benchmark times.
 */
import { adoptSearchStyles } from './styles.ts';
import { debounce } from '../../lib/search/debounce.ts';
import { groupByKind } from '../../lib/search/engine.ts';
import type { FullHit, FullResults, FullTextSearcher, SectionHit } from '../../lib/search/full-text.ts';
import { graphHref, loadSearcher, searchPageHref, sectionHref } from './engine.ts';
import { el } from '../dom.ts';
import { detailLine, highlighted, kindHeading, statusText } from './render.ts';

/** Hits shown in the dialog; the search page shows more. */
const LIMIT = 20;
/** Hits whose excerpts are fetched: those in view when the results open; the rest show their section headings. */
const EXCERPTS = 4;

/** What an option opens: a node, or one of its sections. */
interface Target {
  readonly hit: FullHit;
  readonly section?: SectionHit;
}
/** Quiet time (ms) after a burst of keystrokes before searching again. */
const WAIT = 100;

class SearchDialog {
  readonly dialog = el('dialog', { class: 'search-dialog' });
  readonly input = el('input', { class: 'search-input' });
  readonly listbox = el('div', { class: 'search-results' });
  readonly status = el('p', { class: 'search-status' });
  readonly pageLink = el('a', { class: 'search-page-link' }, 'Open the search page');
  private searcher: FullTextSearcher | undefined;
  /** What each option opens, in the order of the options (grouped by kind), parallel to `options`. */
  private targets: Target[] = [];
  /** Counts searches, so a slower earlier one never paints over a later one. */
  private searches = 0;
  /** The query the shown results are for. */
  private shownQuery: string | undefined;
  private options: HTMLElement[] = [];
  private active = -1;
  private opener: HTMLElement | null = null;
  private readonly searchSoon = debounce(() => void this.run(), WAIT);

  constructor() {
    adoptSearchStyles();
    const { dialog, input, listbox, status, pageLink } = this;
    dialog.setAttribute('aria-labelledby', 'search-dialog-label');
    const head = el('div', { class: 'search-head' });
    const label = el('label', { class: 'search-label' }, 'Search the knowledge graph');
    label.id = 'search-dialog-label';
    label.htmlFor = 'search-dialog-input';
    Object.assign(input, { id: 'search-dialog-input', type: 'text', autocomplete: 'off', spellcheck: false, autofocus: true, placeholder: 'Air gapped, context bloat, LoRA…' });
    for (const [name, value] of Object.entries({
      role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'search-dialog-results',
      'aria-describedby': 'search-dialog-hint', autocapitalize: 'off', enterkeyhint: 'go',
    })) input.setAttribute(name, value);
    const close = el('button', { class: 'search-close' }, 'Close');
    close.type = 'button';
    close.addEventListener('click', () => this.close());
    head.append(label, input, close);

    const hint = el('p', { class: 'search-hint' });
    hint.id = 'search-dialog-hint';
    hint.append(el('kbd', {}, 'Up'), ' and ', el('kbd', {}, 'Down'), ' choose, ', el('kbd', {}, 'Enter'), ' opens, ',
      el('kbd', {}, 'Shift+Enter'), ' shows in the graph, ', el('kbd', {}, 'Esc'), ' closes.');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    status.setAttribute('aria-atomic', 'true');
    listbox.id = 'search-dialog-results';
    listbox.setAttribute('role', 'listbox');
    listbox.setAttribute('aria-label', 'Search results');
    listbox.hidden = true;
    pageLink.href = searchPageHref('');
    const foot = el('p', { class: 'search-foot' });
    foot.append(pageLink);
    dialog.append(head, hint, status, listbox, foot);
    document.body.append(dialog);

    input.addEventListener('input', () => this.searchSoon());
    input.addEventListener('keydown', (e) => this.onKey(e));
    dialog.addEventListener('keydown', (e) => {
      // Handled here so one press closes even where the input would use Esc first.
      if (e.key === 'Escape') {
        e.preventDefault();
        this.close();
      }
    });
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      this.close();
    });
    dialog.addEventListener('close', () => this.restoreFocus());
    // A click on the backdrop lands on the dialog element itself.
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) this.close();
    });
    listbox.addEventListener('click', (e) => {
      const target = e.target instanceof Element ? e.target : null;
      const option = target?.closest<HTMLElement>('[role="option"]');
      if (!option) return;
      this.go(this.options.indexOf(option), Boolean(target?.closest('.search-graph')));
    });
    listbox.addEventListener('pointermove', (e) => {
      const option = e.target instanceof Element ? e.target.closest<HTMLElement>('[role="option"]') : null;
      if (option) this.setActive(this.options.indexOf(option), false);
    });
  }

  /** Opens the dialog (or focuses it when open), remembering where focus was. */
  open(opener: Element | null, typed = ''): void {
    if (this.dialog.open) {
      this.input.focus();
      this.input.select();
      return;
    }
    this.opener = opener instanceof HTMLElement && opener !== document.body ? opener : null;
    this.dialog.showModal();
    this.input.focus();
    if (typed) this.input.value = typed;
    else this.input.select();
    if (!this.searcher) this.load();
    else void this.run();
  }

  close(): void {
    this.searchSoon.cancel();
    if (this.dialog.open) this.dialog.close();
  }

  private restoreFocus(): void {
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = null;
  }

  private load(): void {
    this.say('Loading the search index…');
    loadSearcher().then(
      (searcher) => {
        this.searcher = searcher;
        void this.run();
      },
      (error: unknown) => {
        this.say(`Search could not load (${error instanceof Error ? error.message : 'unknown error'}). The search page lists every node.`);
      },
    );
  }

  private say(text: string): void {
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  /** Searches for what the input holds and shows the results; resolves once they are painted. */
  async run(): Promise<void> {
    const query = this.input.value;
    this.pageLink.href = searchPageHref(query.trim());
    const searcher = this.searcher;
    if (!searcher) return;
    const turn = ++this.searches;
    let results: FullResults;
    try {
      results = await searcher.search(query, LIMIT, EXCERPTS);
    } catch (error) {
      if (turn === this.searches) this.say(`Search could not load part of its index (${error instanceof Error ? error.message : 'unknown error'}). Try again, or use the search page.`);
      return;
    }
    if (turn !== this.searches) return;
    this.shownQuery = query;
    this.show(results);
    this.say(statusText(results, searcher.size, LIMIT));
    this.dialog.dispatchEvent(new CustomEvent('rot:search-results', { detail: { query } }));
  }

  private show(results: FullResults): void {
    this.targets = [];
    this.options = [];
    const groups = groupByKind(results.hits).map((group, g) => {
      const box = el('div', { class: `search-group kind-${group.kind}` });
      box.setAttribute('role', 'group');
      box.setAttribute('aria-labelledby', `search-group-${g}`);
      const label = el('div', { class: 'search-group-label' }, kindHeading(group.kind));
      label.id = `search-group-${g}`;
      label.setAttribute('role', 'presentation');
      box.append(label);
      for (const hit of group.hits) box.append(this.option(hit), ...hit.sections.map((section) => this.sectionOption(hit, section)));
      return box;
    });
    // New results start at the top. Scrolling before the change costs nothing, as layout is still
    // clean; scrolling the first option into view afterwards would force a layout per keystroke.
    this.listbox.scrollTop = 0;
    this.listbox.replaceChildren(...groups);
    const any = this.targets.length > 0;
    this.listbox.hidden = !any;
    this.input.setAttribute('aria-expanded', String(any));
    this.active = -1;
    this.setActive(any ? 0 : -1, false);
  }

  private option(hit: FullHit): HTMLElement {
    const option = el('div', { class: 'search-option' });
    option.id = `search-option-${this.options.length}`;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    const title = el('span', { class: 'search-option-title' });
    title.append(highlighted(hit.title));
    // Mouse and touch reach the graph here; keyboards use Shift+Enter, as the hint says.
    const graph = el('span', { class: 'search-graph' }, 'Show in graph');
    graph.setAttribute('aria-hidden', 'true');
    option.append(title, graph, detailLine(hit, 'search-option-detail'));
    this.options.push(option);
    this.targets.push({ hit });
    return option;
  }

  /** A sub-result: one matching section of the hit above it, opening the page at its heading. */
  private sectionOption(hit: FullHit, section: SectionHit): HTMLElement {
    const option = el('div', { class: 'search-option search-section' });
    option.id = `search-option-${this.options.length}`;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    const heading = el('span', { class: 'search-section-heading' }, section.heading);
    // Heard as "What the sources say, in LoRA: …", since the indent that ties it to its node is not.
    heading.append(el('span', { class: 'visually-hidden' }, `, in ${hit.doc.title}`));
    option.append(heading);
    if (section.excerpt) {
      const line = el('span', { class: 'search-section-excerpt' });
      line.append(highlighted(section.excerpt));
      option.append(line);
    }
    this.options.push(option);
    this.targets.push({ hit, section });
    return option;
  }

  private setActive(index: number, scroll: boolean): void {
    if (index === this.active) return;
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (!option) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    if (scroll) option.scrollIntoView({ block: 'nearest' });
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!n) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.setActive(this.active < 0 ? (step > 0 ? 0 : n - 1) : (this.active + step + n) % n, true);
    } else if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      // A search may be waiting for the typing to pause; Enter acts on what was typed.
      if (this.searcher && this.input.value !== this.shownQuery) {
        this.searchSoon.cancel();
        const shift = e.shiftKey;
        void this.run().then(() => {
          if (this.active >= 0) this.go(this.active, shift);
        });
        return;
      }
      if (this.active >= 0) this.go(this.active, e.shiftKey);
    }
  }

  /** Leaves for the hit's page (at the section, for a sub-result), or for the graph centred on it. */
  private go(index: number, toGraph: boolean): void {
    const chosen = this.targets[index];
    if (!chosen) return;
    const { hit, section } = chosen;
    const target = toGraph ? graphHref(hit.doc.id) : sectionHref(hit.doc.path, section?.anchor ?? '');
    this.close();
    window.location.assign(target);
  }
}

let instance: SearchDialog | undefined;

/** Opens the search dialog, creating it on the first call; `typed` is what the reader typed while it loaded. */
export function openSearch(opener: Element | null, typed = ''): void {
  instance ??= new SearchDialog();
  instance.open(opener, typed);
}
