/**
 * The interactive canvas shared by the global graph and the local graphs: d3-zoom for zoom and pan,
 * a quadtree for hit-testing, hover and keyboard focus that light a node's neighbours, arrow keys
 * that move to the nearest neighbour in that direction, and a live region that names the focused
 * node and its relations. Frames are drawn on demand, never in a loop.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { fitView } from '../../lib/graph/labels.ts';
import { arrowDirection, nearestInDirection } from '../../lib/graph/nav.ts';
import type { Point } from '../../lib/shared/point.ts';
import type { GraphZoom } from '../../lib/graph/url-state.ts';
import { nodePath, withBase } from '../../lib/shared/urls.ts';
import type { Kind } from '../../lib/content/kinds.ts';
import { drawFrame, frameStats, screenRadius, type FrameStats, type Palette } from './draw.ts';
import { labelFrom, neighbours, visibility, type Model, type Visibility } from './model.ts';

export interface GraphCanvasOptions {
  /** The focusable element that holds the canvas and receives keys. */
  readonly stage: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  /** A polite live region for announcements. */
  readonly live: HTMLElement;
  /** The site's base path, for node page URLs. */
  readonly base: string;
  /** The node a neighbourhood view is centred on. */
  readonly home?: string;
  /** Called after the focused node changes (null when cleared). */
  readonly onFocusChange?: (id: string | null) => void;
  /** Called when a zoom or pan ends. */
  readonly onViewChange?: () => void;
  /** A performance mark set after the first frame is drawn. */
  readonly firstFrameMark?: string;
  /** Called once the first frame is drawn. */
  readonly onFirstFrame?: () => void;
  /** Called when the node pointed at or focused changes (null when none is). */
  readonly onHighlight?: (id: string | null) => void;
}

/** A named region of a layout (the decision map's "leans retrieval"), in layout units. */
export interface Region {
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

/** Room kept around a region's name when fitting the view, in layout units. */
const REGION_ROOM = 330;
/** How long switching layouts glides the nodes to their new places. */
const MORPH_MS = 450;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Reads the colours of the current theme from the CSS variables in force on `el`. */
export function readPalette(el: Element, kinds: readonly { id: Kind }[]): Palette {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: v('--fg', '#1b1d22'),
    fgSoft: v('--fg-soft', '#4a4f5a'),
    bg: v('--bg', '#ffffff'),
    focus: v('--focus', '#b45309'),
    kinds: kinds.map((k) => v(`--kind-${k.id}`, '#888888')),
  };
}

export class GraphCanvas {
  readonly model: Model;
  private readonly opts: GraphCanvasOptions;
  private vis: Visibility;
  private kindShown: boolean[];
  private typeShown: boolean[];
  private maxDepth = Infinity;
  private palette: Palette;
  private readonly zoom: ZoomBehavior<HTMLCanvasElement, unknown>;
  private readonly sel: Selection<HTMLCanvasElement, unknown, null, undefined>;
  private transform: ZoomTransform = zoomIdentity;
  /** Built when first asked for (a pointer move, an arrow key), not before the first frame; dropped when nodes move or filters change. */
  private tree: Quadtree<number> | null = null;
  private readonly stats: FrameStats;
  private width = 0;
  private height = 0;
  private dpr = 1;
  private frame = 0;
  private drawn = false;
  /** No frame is drawn until the owner has set the first view, so the first picture is the right one. */
  private started = false;
  private hover = -1;
  private focused = -1;
  private readonly home: number;
  private readonly fontFamily: string;
  private readonly cleanup: (() => void)[] = [];

  constructor(model: Model, opts: GraphCanvasOptions) {
    this.model = model;
    this.opts = opts;
    this.home = opts.home ? (model.index.get(opts.home) ?? -1) : -1;
    this.kindShown = model.doc.kinds.map(() => true);
    this.typeShown = model.doc.relations.map(() => true);
    this.vis = visibility(model, this.kindShown, this.typeShown);
    this.stats = frameStats(model);
    this.palette = readPalette(opts.stage, model.doc.kinds);
    this.fontFamily = getComputedStyle(opts.stage).fontFamily || 'system-ui, sans-serif';

    this.sel = select(opts.canvas);
    this.zoom = d3zoom<HTMLCanvasElement, unknown>()
      .scaleExtent(this.scaleExtent())
      .duration(reducedMotion() ? 0 : 250)
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.transform = event.transform;
        this.moved();
        this.request();
      })
      .on('end', () => opts.onViewChange?.());
    this.sel.call(this.zoom);

    this.listen(opts.canvas, 'mousemove', (e) => this.setHover(this.hitTest((e as MouseEvent).offsetX, (e as MouseEvent).offsetY)));
    this.listen(opts.canvas, 'mouseleave', () => this.setHover(-1));
    this.listen(opts.stage, 'blur', () => this.highlightChanged());
    this.listen(opts.canvas, 'click', (e) => {
      const me = e as MouseEvent;
      const i = this.hitTest(me.offsetX, me.offsetY);
      if (i >= 0) this.open(i, me.ctrlKey || me.metaKey);
    });
    this.listen(opts.stage, 'keydown', (e) => this.onKey(e as KeyboardEvent));
    this.listen(opts.stage, 'focus', () => {
      if (this.focused >= 0) this.announce(this.focused);
    });
    const retheme = () => {
      this.palette = readPalette(opts.stage, model.doc.kinds);
      this.request();
    };
    this.listen(document, 'themechange', retheme);
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', retheme);
    this.cleanup.push(() => scheme.removeEventListener('change', retheme));
    const motion = matchMedia('(prefers-reduced-motion: reduce)');
    const remotion = () => this.zoom.duration(reducedMotion() ? 0 : 250);
    motion.addEventListener('change', remotion);
    this.cleanup.push(() => motion.removeEventListener('change', remotion));

    // Size now, so the owner can set the first view and draw it without waiting a frame; follow changes after.
    this.resize();
    const observer = new ResizeObserver(() => this.resize());
    observer.observe(opts.stage);
    this.cleanup.push(() => observer.disconnect());
  }

  /** Stops listening and drawing. */
  destroy(): void {
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.morphFrame);
    clearTimeout(this.stillTimer);
    this.sel.on('.zoom', null);
    for (const fn of this.cleanup.splice(0)) fn();
  }

  /** Shows only the given kinds and relation types (null: all) and nodes at most `maxDepth` hops from the focus. */
  setFilters(kinds: ReadonlySet<string> | null, relations: ReadonlySet<string> | null, maxDepth = this.maxDepth): void {
    this.kindShown = this.model.doc.kinds.map((k) => !kinds || kinds.has(k.id));
    this.typeShown = this.model.doc.relations.map((r) => !relations || relations.has(r.id));
    this.maxDepth = maxDepth;
    this.vis = visibility(this.model, this.kindShown, this.typeShown, maxDepth);
    this.tree = null;
    if (this.focused >= 0 && !this.vis.node[this.focused]) this.setFocused(-1, false);
    if (this.hover >= 0 && !this.vis.node[this.hover]) this.hover = -1;
    this.request();
  }

  /** Nodes and edges that pass the filters. */
  counts(): { nodes: number; edges: number } {
    return { nodes: this.vis.nodeCount, edges: this.vis.edgeCount };
  }

  /** Ids of the nodes and `source type target` keys of the edges drawn in the last frame. */
  rendered(): { nodes: string[]; edges: string[] } {
    const m = this.model;
    const nodes = Array.from(this.stats.nodes.subarray(0, this.stats.nodeCount), (i) => m.ids[i]!);
    const edges = Array.from(this.stats.edges.subarray(0, this.stats.edgeCount), (e) => `${m.ids[m.source[e]!]} ${m.doc.relations[m.type[e]!]!.id} ${m.ids[m.target[e]!]}`);
    return { nodes, edges };
  }

  /** Where node `id` is drawn, in client (viewport) coordinates, or null when it is hidden. */
  screenPosition(id: string): Point | null {
    const i = this.model.index.get(id);
    if (i === undefined || !this.vis.node[i]) return null;
    const box = this.opts.canvas.getBoundingClientRect();
    const [x, y] = this.transform.apply([this.model.x[i]!, this.model.y[i]!]);
    return { x: box.left + x, y: box.top + y };
  }

  /** The current view as scale and the layout point at its centre. */
  view(): GraphZoom {
    const [x, y] = this.transform.invert([this.width / 2, this.height / 2]);
    return { k: this.transform.k, x, y };
  }

  /** Shows the layout point (x, y) at the centre at scale k (clamped to what the view allows). */
  setView(z: GraphZoom, animate = true): void {
    const [min, max] = this.zoom.scaleExtent();
    const k = Math.min(max, Math.max(min, z.k));
    this.apply(zoomIdentity.translate(this.width / 2 - z.x * k, this.height / 2 - z.y * k).scale(k), animate);
  }

  /** A sentence added to a node's announcement (the decision map's reason), or null. */
  explain: ((id: string) => string | null) | null = null;

  /**
   * Moves every node to the positions of another layout (arrays in model order) with its named
   * regions, gliding there unless the reader prefers reduced motion, and fits the view to it.
   */
  setLayout(x: Float64Array, y: Float64Array, regions: readonly Region[], animate = true): void {
    const m = this.model;
    const fromX = Float64Array.from(m.x);
    const fromY = Float64Array.from(m.y);
    cancelAnimationFrame(this.morphFrame);
    this.regions = regions;
    const settle = () => {
      m.x.set(x);
      m.y.set(y);
      this.tree = null;
      this.request();
    };
    // The view fits the new layout at once; the nodes then glide into it.
    settle();
    this.fit(false);
    if (!animate || reducedMotion() || !this.drawn) return;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / MORPH_MS);
      const e = t * t * (3 - 2 * t);
      for (let i = 0; i < m.n; i++) {
        m.x[i] = fromX[i]! + (x[i]! - fromX[i]!) * e;
        m.y[i] = fromY[i]! + (y[i]! - fromY[i]!) * e;
      }
      this.draw();
      if (t < 1) this.morphFrame = requestAnimationFrame(step);
      else settle();
    };
    this.morphFrame = requestAnimationFrame(step);
  }

  private regions: readonly Region[] = [];
  private morphFrame = 0;
  private lastHighlight = -1;

  /** Tells the owner when the node pointed at or focused changes. */
  private highlightChanged(): void {
    const i = this.hover >= 0 ? this.hover : this.focused;
    if (i === this.lastHighlight) return;
    this.lastHighlight = i;
    this.opts.onHighlight?.(i >= 0 ? this.model.ids[i]! : null);
  }

  /** Fits every shown node in the view. */
  fit(animate = true): void {
    const z = this.fitView();
    const [min, max] = this.zoom.scaleExtent();
    const k = Math.min(max, Math.max(min, z.k));
    this.fitTarget = zoomIdentity.translate(this.width / 2 - z.x * k, this.height / 2 - z.y * k).scale(k);
    this.apply(this.fitTarget, animate);
  }

  /** True while the view is the one `fit()` chose, so it need not be written into a shared link. */
  isFitted(): boolean {
    const f = this.fitTarget;
    const t = this.transform;
    return !!f && Math.abs(f.k - t.k) < 1e-9 && Math.abs(f.x - t.x) < 1e-6 && Math.abs(f.y - t.y) < 1e-6;
  }

  /** Zooms by a factor around the centre of the view. */
  zoomBy(factor: number): void {
    const v = this.view();
    this.setView({ ...v, k: v.k * factor });
  }

  /** The focused node's id, if any. */
  focusedId(): string | null {
    return this.focused >= 0 ? this.model.ids[this.focused]! : null;
  }

  /** Focuses a node (or clears the focus with null), optionally centring it and announcing it. */
  focusNode(id: string | null, { centre = false, announce = true } = {}): boolean {
    const i = id === null ? -1 : (this.model.index.get(id) ?? -1);
    if (id !== null && (i < 0 || !this.vis.node[i])) return false;
    this.setFocused(i, announce);
    if (i >= 0 && centre) this.setView({ k: Math.max(this.transform.k, this.fitView().k * 1.5), x: this.model.x[i]!, y: this.model.y[i]! });
    return true;
  }

  /** Starts drawing once the first view is set, drawing that first frame at once. */
  start(): void {
    this.started = true;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.draw();
  }

  /** Draws on the next animation frame (once, however often it is asked). */
  request(): void {
    if (this.frame || !this.started) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Marks the view as moving; a full frame follows once it has been still for a moment. */
  private moved(): void {
    if (!this.started) return;
    this.moving = true;
    clearTimeout(this.stillTimer);
    this.stillTimer = window.setTimeout(() => {
      this.moving = false;
      this.request();
    }, 150);
  }

  private listen(target: EventTarget, type: string, fn: (e: Event) => void): void {
    target.addEventListener(type, fn);
    this.cleanup.push(() => target.removeEventListener(type, fn));
  }

  private scaleExtent(): [number, number] {
    const fit = this.width ? this.fitView().k : 1;
    return [Math.min(0.05, fit / 2), Math.max(8, fit * 16)];
  }

  private fitView(): GraphZoom {
    const m = this.model;
    const shown: { x: number; y: number; r: number }[] = [];
    for (let i = 0; i < m.n; i++) if (this.vis.node[i]) shown.push({ x: m.x[i]!, y: m.y[i]!, r: m.r[i]! });
    // Region names sit beyond the nodes; the frame keeps room for them.
    for (const region of this.regions) shown.push({ x: region.x, y: region.y, r: REGION_ROOM });
    return fitView(shown, this.width, this.height);
  }

  private apply(t: ZoomTransform, animate: boolean): void {
    if (animate && !reducedMotion() && this.drawn) this.sel.transition().duration(350).call(this.zoom.transform, t);
    else this.sel.call(this.zoom.transform, t);
  }

  private resize(): void {
    const { stage, canvas } = this.opts;
    const w = canvas.clientWidth || stage.clientWidth;
    const h = canvas.clientHeight || stage.clientHeight;
    const dpr = window.devicePixelRatio || 1;
    if (w === this.width && h === this.height && dpr === this.dpr) return;
    const centre = this.width ? this.view() : null;
    const wasFitted = this.isFitted();
    this.width = w;
    this.height = h;
    this.dpr = dpr;
    canvas.width = Math.max(1, Math.round(w * dpr));
    canvas.height = Math.max(1, Math.round(h * dpr));
    this.zoom.scaleExtent(this.scaleExtent());
    if (wasFitted) this.fit(false);
    else if (centre) this.setView(centre, false);
    this.request();
  }

  /** The quadtree of the shown nodes at their current places, for hit-testing and nearest-node search. */
  private shownTree(): Quadtree<number> {
    if (this.tree) return this.tree;
    const m = this.model;
    const shown: number[] = [];
    for (let i = 0; i < m.n; i++) if (this.vis.node[i]) shown.push(i);
    this.tree = quadtree<number>()
      .x((i) => m.x[i]!)
      .y((i) => m.y[i]!)
      .addAll(shown);
    return this.tree;
  }

  /** The shown node under a canvas point, within a few pixels of its disc, or -1. */
  private hitTest(px: number, py: number): number {
    const k = this.transform.k;
    const [gx, gy] = this.transform.invert([px, py]);
    const slop = 4 / k;
    const found = this.shownTree().find(gx, gy, Math.max(this.model.maxR, 2 / k) + slop);
    if (found === undefined) return -1;
    const d = Math.hypot(this.model.x[found]! - gx, this.model.y[found]! - gy);
    return d <= screenRadius(this.model, found, k) / k + slop ? found : -1;
  }

  private setHover(i: number): void {
    if (i === this.hover) return;
    this.hover = i;
    this.opts.canvas.classList.toggle('over-node', i >= 0);
    this.highlightChanged();
    this.request();
  }

  private setFocused(i: number, announce: boolean): void {
    if (i === this.focused) {
      if (announce && i >= 0) this.announce(i);
      return;
    }
    this.focused = i;
    this.highlightChanged();
    if (i >= 0 && announce) this.announce(i);
    this.opts.onFocusChange?.(i >= 0 ? this.model.ids[i]! : null);
    this.request();
  }

  private url(i: number): string {
    const node = this.model.doc.nodes[i]!;
    return withBase(this.opts.base, nodePath(node.kind, node.id));
  }

  private open(i: number, newTab = false): void {
    if (newTab) window.open(this.url(i), '_blank', 'noopener');
    else window.location.assign(this.url(i));
  }

  /** Says the focused node, its kind and its relations, grouped by label. */
  private announce(i: number, prefix = ''): void {
    const m = this.model;
    const node = m.doc.nodes[i]!;
    const kind = m.doc.kinds[m.kind[i]!]!.singular;
    const near = neighbours(m, this.vis, i);
    const groups = new Map<string, string[]>();
    for (const { node: j, edge } of near) {
      const label = labelFrom(m, edge, i);
      groups.set(label, [...(groups.get(label) ?? []), m.doc.nodes[j]!.title]);
    }
    const parts: string[] = [];
    let named = 0;
    for (const [label, titles] of groups) {
      if (named >= 12) break;
      const shown = titles.slice(0, 12 - named);
      named += shown.length;
      parts.push(`${label} ${shown.join(', ')}`);
    }
    const rest = near.length - named;
    const count = `${near.length} relation${near.length === 1 ? '' : 's'}`;
    const relations = near.length === 0 ? 'No relations shown.' : `${count}: ${parts.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}.`;
    const why = this.explain?.(m.ids[i]!);
    this.opts.live.textContent = `${prefix}${node.title}, ${kind}. ${why ? `${why} ` : ''}${relations} Press Enter to open.`;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const dir = arrowDirection(e.key);
    let handled = true;
    if (dir) this.move(dir);
    else if (e.key === 'Enter') {
      if (this.focused >= 0) this.open(this.focused);
      else handled = false;
    } else if (e.key === ']' || e.key === '[') this.cycle(e.key === ']' ? 1 : -1);
    else if (e.key === 'Escape' && this.focused >= 0) this.setFocused(-1, false);
    else if (e.key === '+' || e.key === '=') this.zoomBy(1.5);
    else if (e.key === '-' || e.key === '_') this.zoomBy(1 / 1.5);
    else if (e.key === '0') this.fit();
    else handled = false;
    if (handled) e.preventDefault();
  }

  /** Moves the focus to the nearest neighbour in a direction; from nothing, to the node nearest the centre. */
  private move(dir: 'left' | 'right' | 'up' | 'down'): void {
    const m = this.model;
    if (this.focused < 0) {
      const start = this.home >= 0 && this.vis.node[this.home] ? this.home : this.nearestToCentre();
      if (start >= 0) this.setFocused(start, true);
      return;
    }
    const near = neighbours(m, this.vis, this.focused);
    const pick = nearestInDirection(
      { x: m.x[this.focused]!, y: m.y[this.focused]! },
      near.map(({ node }) => ({ x: m.x[node]!, y: m.y[node]! })),
      dir,
    );
    if (pick < 0) {
      const where = { left: 'to the left', right: 'to the right', up: 'above', down: 'below' }[dir];
      this.opts.live.textContent = near.length ? `No connected node ${where}.` : 'This node has no relations shown.';
      return;
    }
    this.setFocused(near[pick]!.node, true);
    this.keepInView(near[pick]!.node);
  }

  /** Steps through every neighbour of the node the stepping started from, so none is out of reach of the keyboard. */
  private cycle(step: number): void {
    if (this.focused < 0) return this.move('right');
    const last = this.lastCycle;
    const c = last && last.landed === this.focused ? last : { pivot: this.focused, at: -1, landed: -1 };
    const near = neighbours(this.model, this.vis, c.pivot);
    if (!near.length) {
      this.opts.live.textContent = 'This node has no relations shown.';
      return;
    }
    const at = c.at < 0 ? (step > 0 ? 0 : near.length - 1) : (c.at + step + near.length) % near.length;
    const next = near[at]!.node;
    this.lastCycle = { pivot: c.pivot, at, landed: next };
    this.setFocused(next, false);
    this.announce(next, `${at + 1} of ${near.length} next to ${this.model.doc.nodes[c.pivot]!.title}: `);
    this.keepInView(next);
  }

  private lastCycle: { pivot: number; at: number; landed: number } | null = null;
  private moving = false;
  private stillTimer = 0;
  private fitTarget: ZoomTransform | null = null;

  private nearestToCentre(): number {
    const v = this.view();
    return this.shownTree().find(v.x, v.y) ?? -1;
  }

  private keepInView(i: number): void {
    const [x, y] = this.transform.apply([this.model.x[i]!, this.model.y[i]!]);
    const inset = 40;
    if (x < inset || y < inset || x > this.width - inset || y > this.height - inset) {
      this.setView({ k: this.transform.k, x: this.model.x[i]!, y: this.model.y[i]! });
    }
  }

  private draw(): void {
    const ctx = this.opts.canvas.getContext('2d');
    if (!ctx || !this.width) return;
    if ((window.devicePixelRatio || 1) !== this.dpr) return this.resize();
    drawFrame(
      ctx,
      {
        model: this.model,
        vis: this.vis,
        camera: { k: this.transform.k, x: this.transform.x, y: this.transform.y },
        width: this.width,
        height: this.height,
        dpr: this.dpr,
        palette: this.palette,
        highlight: this.hover >= 0 ? this.hover : this.focused,
        focused: this.focused,
        home: this.home,
        fontFamily: this.fontFamily,
        moving: this.moving,
        regions: this.regions,
      },
      this.stats,
    );
    if (!this.drawn) {
      this.drawn = true;
      if (this.opts.firstFrameMark) performance.mark(this.opts.firstFrameMark);
      this.opts.onFirstFrame?.();
    }
  }
}
