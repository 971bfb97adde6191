/**
 * The graph view's state as it lives in the URL, so a view can be shared: the focused node, the
 * kinds and relation types shown, the layout (`layout=map`: the decision map), and the zoom (scale and the layout point at the centre of the
 * view, so a shared view lands the same on any screen). Hostile or stale values are dropped, each
 * with a notice a reader can be shown.
 */
import { isNodeId } from '../content/ids.ts';
import { clip, readParams, type Notice } from '../shared/url-notice.ts';

export interface GraphZoom {
  /** Scale: screen pixels per layout unit. */
  readonly k: number;
  /** Layout coordinates at the centre of the view. */
  readonly x: number;
  readonly y: number;
}

/** The force layout (how nodes connect) or the decision map (what they favour). */
export type GraphLayout = 'force' | 'map';

/**
 * Relation types folded away by default: `cites` edges are most of the edges and say least, so the
 * plain view leaves them to the relation filter (`relations=all` shows every type).
 */
export const FOLDED_RELATIONS: readonly string[] = ['cites'];

export interface GraphViewState {
  readonly focus: string | null;
  /** Kinds shown; null shows every kind. */
  readonly kinds: readonly string[] | null;
  /** Relation types shown; null shows the default: every type but the folded ones. */
  readonly relations: readonly string[] | null;
  readonly zoom: GraphZoom | null;
  readonly layout: GraphLayout;
}

export interface GraphStateVocabulary {
  /** True when a node with this id exists in the view. */
  hasNode(id: string): boolean;
  readonly kinds: readonly string[];
  readonly relations: readonly string[];
}

export interface ParsedGraphState {
  readonly state: GraphViewState;
  /** One per ignored value, safe to show as text. */
  readonly notices: Notice[];
}

export const EMPTY_STATE: GraphViewState = { focus: null, kinds: null, relations: null, zoom: null, layout: 'force' };

/** The relation types shown by default: every type of `all` but the folded ones (all of them if that left none). */
export function defaultRelations(all: readonly string[]): string[] {
  const shown = all.filter((r) => !FOLDED_RELATIONS.includes(r));
  return shown.length ? shown : [...all];
}

/** Scales a shared link may ask for; the view clamps further to what fits its graph. */
export const ZOOM_LIMITS = { min: 0.01, max: 64, coordinate: 1e6 } as const;

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Most unknown values of one list named one by one; the rest are counted. */
const NAMED = 5;

function parseList(param: string, name: string, raw: string, known: readonly string[], notices: Notice[], fallback = `every ${name} is shown`): string[] | null {
  if (raw.trim() === '') return [];
  const wanted = [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))];
  const unknown = wanted.filter((v) => !known.includes(v));
  for (const v of unknown.slice(0, NAMED)) notices.push({ param, value: clip(v), reason: `no ${name} has that id` });
  if (unknown.length > NAMED) notices.push({ param, value: '', reason: `${unknown.length - NAMED} more unknown ${name} values were left out` });
  const kept = known.filter((v) => wanted.includes(v));
  if (!kept.length) {
    notices.push({ param, value: '', reason: `no value in it is known, so ${fallback}` });
    return null;
  }
  return kept;
}

function parseZoom(raw: string, notices: Notice[]): GraphZoom | null {
  const parts = raw.split(',');
  const values = parts.map((p) => (NUMBER.test(p.trim()) ? Number(p) : NaN));
  const [k, x, y] = values;
  const valid =
    parts.length === 3 &&
    values.every(Number.isFinite) &&
    k! >= ZOOM_LIMITS.min &&
    k! <= ZOOM_LIMITS.max &&
    Math.abs(x!) <= ZOOM_LIMITS.coordinate &&
    Math.abs(y!) <= ZOOM_LIMITS.coordinate;
  if (!valid) {
    notices.push({ param: 'zoom', value: clip(raw), reason: 'expected a scale and a centre (scale,x,y); the whole graph is shown' });
    return null;
  }
  return { k: k!, x: x!, y: y! };
}

/** The parameters the graph view reads. */
export const GRAPH_PARAMS = ['focus', 'kinds', 'relations', 'zoom', 'layout'] as const;

/** Reads the view state from URL parameters, dropping (and reporting) anything invalid or unknown; `allowed` names other parameters to pass over silently. */
export function parseGraphState(params: URLSearchParams, vocabulary: GraphStateVocabulary, allowed: readonly string[] = []): ParsedGraphState {
  const read = readParams(params, GRAPH_PARAMS, allowed);
  const notices: Notice[] = read.notices;
  const get = (name: (typeof GRAPH_PARAMS)[number]): string | null => read.params.get(name) ?? null;
  let focus: string | null = null;
  const rawFocus = get('focus');
  if (rawFocus !== null && rawFocus !== '') {
    if (isNodeId(rawFocus) && vocabulary.hasNode(rawFocus)) focus = rawFocus;
    else notices.push({ param: 'focus', value: clip(rawFocus), reason: 'no node in this graph has that id; nothing is focused' });
  }
  const rawKinds = get('kinds');
  const kinds = rawKinds === null ? null : parseList('kinds', 'kind', rawKinds, vocabulary.kinds, notices);
  const rawRelations = get('relations');
  const relations =
    rawRelations === null
      ? null
      : rawRelations.trim() === 'all'
        ? [...vocabulary.relations]
        : parseList('relations', 'relation type', rawRelations, vocabulary.relations, notices, 'the usual relation types are shown');
  const rawZoom = get('zoom');
  const zoom = rawZoom === null || rawZoom === '' ? null : parseZoom(rawZoom, notices);
  const rawLayout = get('layout');
  let layout: GraphLayout = 'force';
  if (rawLayout === 'map') layout = 'map';
  else if (rawLayout !== null && rawLayout !== '' && rawLayout !== 'force') {
    notices.push({ param: 'layout', value: clip(rawLayout), reason: 'the layouts are force and map; the force layout is shown' });
  }
  return { state: { focus, kinds, relations, zoom, layout }, notices };
}

const fixed = (v: number, digits: number) => String(Number(v.toFixed(digits)));

/**
 * Writes the view state into a copy of `params`, leaving other parameters (such as `theme`) alone.
 * Defaults are left out, so the plain page has a plain URL.
 */
export function serialiseGraphState(state: GraphViewState, params: URLSearchParams, vocabulary: Omit<GraphStateVocabulary, 'hasNode'>): URLSearchParams {
  const out = new URLSearchParams(params);
  const set = (name: string, value: string | null) => (value === null ? out.delete(name) : out.set(name, value));
  set('focus', state.focus);
  const list = (shown: readonly string[] | null, all: readonly string[]) =>
    shown === null || all.every((v) => shown.includes(v)) ? null : all.filter((v) => shown.includes(v)).join(',');
  set('kinds', list(state.kinds, vocabulary.kinds));
  const usual = defaultRelations(vocabulary.relations);
  const relations = state.relations && vocabulary.relations.filter((r) => state.relations!.includes(r));
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  set('relations', relations === null || same(relations, usual) ? null : same(relations, vocabulary.relations) ? 'all' : relations.join(','));
  set('layout', state.layout === 'force' ? null : state.layout);
  set('zoom', state.zoom ? `${fixed(state.zoom.k, 3)},${fixed(state.zoom.x, 1)},${fixed(state.zoom.y, 1)}` : null);
  return out;
}
