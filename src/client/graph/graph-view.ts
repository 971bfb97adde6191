/**
 * <graph-view>: the global graph with its controls. Loads the layout document named by `data-src`,
 * draws it with GraphCanvas, wires the kind and relation filters, the find box, zoom, fit and reset,
 * and keeps the view in the URL when `data-url-state="on"`. Options for embedding: `data-focus`
 * (a node id) and `data-kinds` (kinds shown, comma-separated).
 */
import type { GraphViewDoc } from '../../lib/graph/view-data.ts';
import { parseGraphState, writeGraphState, type GraphViewState } from '../../lib/graph/url-state.ts';
import { GraphCanvas } from './graph-canvas.ts';
import { buildModel } from './model.ts';

const FIRST_FRAME = 'graph-first-frame';

class GraphView extends HTMLElement {
  private graph: GraphCanvas | null = null;
  private doc: GraphViewDoc | null = null;
  private urlTimer = 0;
  private started = false;

  connectedCallback(): void {
    if (this.graph) return;
    void this.start().catch((error: unknown) => {
      this.notice(`The graph could not be loaded (${(error as Error).message}). Every node is listed below.`);
      this.dataset.ready = 'error';
    });
  }

  disconnectedCallback(): void {
    this.graph?.destroy();
    this.graph = null;
  }

  /** Ids of the nodes and keys of the edges drawn in the last frame (for tests and tools). */
  rendered(): { nodes: string[]; edges: string[] } {
    return this.graph?.rendered() ?? { nodes: [], edges: [] };
  }

  /** Where a node is drawn, in viewport coordinates. */
  screenPosition(id: string): { x: number; y: number } | null {
    return this.graph?.screenPosition(id) ?? null;
  }

  /** The canvas controller, once loaded. */
  get canvas(): GraphCanvas | null {
    return this.graph;
  }

  private q<T extends Element>(selector: string): T {
    const el = this.querySelector<T>(selector);
    if (!el) throw new Error(`graph-view is missing ${selector}`);
    return el;
  }

  private async start(): Promise<void> {
    const src = this.dataset.src;
    if (!src) throw new Error('no data-src');
    performance.mark('graph-script');
    const response = await fetch(src);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const doc = (await response.json()) as GraphViewDoc;
    performance.mark('graph-data');
    this.doc = doc;
    const model = buildModel(doc);
    const urlState = this.dataset.urlState === 'on';
    const graph = new GraphCanvas(model, {
      stage: this.q('.gv-stage'),
      canvas: this.q('canvas'),
      live: this.q('[data-live]'),
      base: this.dataset.base ?? '/',
      firstFrameMark: FIRST_FRAME,
      onFirstFrame: () => {
        this.dataset.ready = 'true';
      },
      onFocusChange: (id) => {
        if (id) this.dataset.focused = id;
        else delete this.dataset.focused;
        this.saveSoon(0);
      },
      onViewChange: () => this.saveSoon(250),
    });
    this.graph = graph;

    // The view asked for: the URL wins on the full page, the element's options otherwise.
    const vocabulary = { hasNode: (id: string) => model.index.has(id), kinds: doc.kinds.map((k) => k.id), relations: doc.relations.map((r) => r.id) };
    const asked = urlState
      ? parseGraphState(new URLSearchParams(location.search), vocabulary)
      : parseGraphState(new URLSearchParams({ ...(this.dataset.focus ? { focus: this.dataset.focus } : {}), ...(this.dataset.kinds ? { kinds: this.dataset.kinds } : {}) }), vocabulary);
    this.applyFilters(asked.state);
    this.wireControls();
    const problems = [...asked.problems];
    const focus = asked.state.focus && graph.focusNode(asked.state.focus, { announce: false }) ? asked.state.focus : null;
    if (asked.state.focus && !focus) problems.push(`The node “${asked.state.focus}” is of a kind not shown; nothing is focused.`);
    if (problems.length) this.notice(`Some settings in this link were ignored. ${problems.join(' ')}`);
    if (asked.state.zoom) graph.setView(asked.state.zoom, false);
    else if (focus) graph.focusNode(focus, { centre: true, announce: false });
    else graph.fit(false);
    graph.start();
    this.started = true;
    this.dataset.nodeCount = String(model.n);
    this.dataset.edgeCount = String(model.m);
  }

  private checkboxes(name: string): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`)];
  }

  private shown(name: string): Set<string> | null {
    const boxes = this.checkboxes(name);
    return boxes.every((b) => b.checked) ? null : new Set(boxes.filter((b) => b.checked).map((b) => b.value));
  }

  private applyFilters(state: GraphViewState): void {
    for (const box of this.checkboxes('kind')) box.checked = !state.kinds || state.kinds.includes(box.value);
    for (const box of this.checkboxes('relation')) box.checked = !state.relations || state.relations.includes(box.value);
    this.graph?.setFilters(this.shown('kind'), this.shown('relation'));
    this.updateCounts();
  }

  private updateCounts(): void {
    const counts = this.graph?.counts();
    const out = this.querySelector('[data-counts]');
    if (counts && out) out.textContent = `Showing ${counts.nodes} of ${this.doc?.nodes.length ?? 0} nodes and ${counts.edges} of ${this.doc?.edges.length ?? 0} relations.`;
  }

  private wireControls(): void {
    const graph = this.graph!;
    this.addEventListener('change', (e) => {
      const target = e.target as HTMLInputElement;
      if (target.type !== 'checkbox') return;
      graph.setFilters(this.shown('kind'), this.shown('relation'));
      this.updateCounts();
      this.saveSoon(0);
    });
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (!button) return;
      const action = button.dataset.action;
      if (action === 'fit') graph.fit();
      else if (action === 'zoom-in') graph.zoomBy(1.5);
      else if (action === 'zoom-out') graph.zoomBy(1 / 1.5);
      else if (action === 'reset') {
        this.notice(null);
        graph.focusNode(null);
        this.applyFilters({ focus: null, kinds: null, relations: null, zoom: null });
        graph.fit();
      }
    });
    const form = this.querySelector<HTMLFormElement>('form.gv-find');
    const input = form?.querySelector<HTMLInputElement>('input');
    if (!form || !input) return;
    const fill = () => {
      const list = this.querySelector('datalist');
      if (!list || list.childElementCount || !this.doc) return;
      const titles = [...new Set(this.doc.nodes.map((n) => n.title))].sort((a, b) => a.localeCompare(b));
      list.append(...titles.map((t) => Object.assign(document.createElement('option'), { value: t })));
    };
    input.addEventListener('focus', fill, { once: true });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.find(input.value);
    });
  }

  /** Focuses and centres the node whose title (or id) best matches `query`. */
  private find(query: string): void {
    const doc = this.doc;
    const graph = this.graph;
    const q = query.trim().toLowerCase();
    if (!doc || !graph || !q) return;
    const nodes = doc.nodes;
    const match =
      nodes.find((n) => n.title.toLowerCase() === q || n.id === q) ??
      nodes.find((n) => n.title.toLowerCase().startsWith(q)) ??
      nodes.find((n) => n.title.toLowerCase().includes(q));
    if (!match) {
      this.notice(`No node matches “${query.trim().slice(0, 60)}”.`);
      return;
    }
    const kindBox = this.checkboxes('kind').find((b) => b.value === match.kind);
    if (kindBox && !kindBox.checked) {
      kindBox.checked = true;
      graph.setFilters(this.shown('kind'), this.shown('relation'));
      this.updateCounts();
    }
    this.notice(null);
    graph.focusNode(match.id, { centre: true });
    this.q<HTMLElement>('.gv-stage').focus();
  }

  /** Shows a message above the graph, or hides it with null. Text only, never markup. */
  private notice(message: string | null): void {
    const el = this.querySelector<HTMLElement>('.gv-notice');
    if (!el) return;
    el.textContent = message ?? '';
    el.hidden = message === null;
  }

  /** Writes the view into the URL after `delay` ms, replacing the history entry rather than adding one. */
  private saveSoon(delay: number): void {
    if (this.dataset.urlState !== 'on' || !this.started) return;
    clearTimeout(this.urlTimer);
    this.urlTimer = window.setTimeout(() => {
      const graph = this.graph;
      const doc = this.doc;
      if (!graph || !doc) return;
      const kinds = this.shown('kind');
      const relations = this.shown('relation');
      const state: GraphViewState = {
        focus: graph.focusedId(),
        kinds: kinds && [...kinds],
        relations: relations && [...relations],
        zoom: graph.isFitted() ? null : graph.view(),
      };
      const params = writeGraphState(state, new URLSearchParams(location.search), { kinds: doc.kinds.map((k) => k.id), relations: doc.relations.map((r) => r.id) });
      const search = params.toString();
      history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
    }, delay);
  }
}

if (!customElements.get('graph-view')) customElements.define('graph-view', GraphView);
