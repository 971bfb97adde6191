/**
 * The graph view's state as it lives in the URL, so a view can be shared: the focused node, the
 * kinds and relation types shown, and the zoom (scale and the layout point at the centre of the
 * view, so a shared view lands the same on any screen). Hostile or stale values are dropped, each
 * with a problem a reader can be shown.
 */

export interface GraphZoom {
  /** Scale: screen pixels per layout unit. */
  readonly k: number;
  /** Layout coordinates at the centre of the view. */
  readonly x: number;
  readonly y: number;
}

export interface GraphViewState {
  readonly focus: string | null;
  /** Kinds shown; null shows every kind. */
  readonly kinds: readonly string[] | null;
  /** Relation types shown; null shows every type. */
  readonly relations: readonly string[] | null;
  readonly zoom: GraphZoom | null;
}

export interface GraphStateVocabulary {
  /** True when a node with this id exists in the view. */
  hasNode(id: string): boolean;
  readonly kinds: readonly string[];
  readonly relations: readonly string[];
}

export interface ParsedGraphState {
  readonly state: GraphViewState;
  /** One sentence per ignored value, safe to show as text. */
  readonly problems: string[];
}

export const EMPTY_STATE: GraphViewState = { focus: null, kinds: null, relations: null, zoom: null };

/** Scales a shared link may ask for; the view clamps further to what fits its graph. */
export const ZOOM_LIMITS = { min: 0.01, max: 64, coordinate: 1e6 } as const;

const MAX_LENGTH = 2000;
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A value quoted for a message, shortened so a huge parameter cannot flood the page. */
const quote = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;

function parseList(name: string, raw: string, known: readonly string[], problems: string[]): string[] | null {
  if (raw.trim() === '') return [];
  const wanted = [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))];
  const unknown = wanted.filter((v) => !known.includes(v));
  for (const v of unknown.slice(0, 5)) problems.push(`Unknown ${name} ${quote(v)} ignored.`);
  if (unknown.length > 5) problems.push(`${unknown.length - 5} more unknown ${name} values ignored.`);
  const kept = known.filter((v) => wanted.includes(v));
  if (!kept.length) {
    problems.push(`Showing every ${name} instead.`);
    return null;
  }
  return kept;
}

function parseZoom(raw: string, problems: string[]): GraphZoom | null {
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
    problems.push(`Zoom ${quote(raw)} is not a scale and a centre; showing the whole graph instead.`);
    return null;
  }
  return { k: k!, x: x!, y: y! };
}

/** Reads the view state from URL parameters, dropping (and reporting) anything invalid or unknown. */
export function parseGraphState(params: URLSearchParams, vocabulary: GraphStateVocabulary): ParsedGraphState {
  const problems: string[] = [];
  const get = (name: string): string | null => {
    const value = params.get(name);
    if (value !== null && value.length > MAX_LENGTH) {
      problems.push(`The ${name} parameter is too long and was ignored.`);
      return null;
    }
    return value;
  };
  let focus: string | null = null;
  const rawFocus = get('focus');
  if (rawFocus !== null && rawFocus !== '') {
    if (ID.test(rawFocus) && vocabulary.hasNode(rawFocus)) focus = rawFocus;
    else problems.push(`No node ${quote(rawFocus)} in this graph; nothing is focused.`);
  }
  const rawKinds = get('kinds');
  const kinds = rawKinds === null ? null : parseList('kind', rawKinds, vocabulary.kinds, problems);
  const rawRelations = get('relations');
  const relations = rawRelations === null ? null : parseList('relation type', rawRelations, vocabulary.relations, problems);
  const rawZoom = get('zoom');
  const zoom = rawZoom === null || rawZoom === '' ? null : parseZoom(rawZoom, problems);
  return { state: { focus, kinds, relations, zoom }, problems };
}

const fixed = (v: number, digits: number) => String(Number(v.toFixed(digits)));

/**
 * Writes the view state into a copy of `params`, leaving other parameters (such as `theme`) alone.
 * Defaults are left out, so the plain page has a plain URL.
 */
export function writeGraphState(state: GraphViewState, params: URLSearchParams, vocabulary: Omit<GraphStateVocabulary, 'hasNode'>): URLSearchParams {
  const out = new URLSearchParams(params);
  const set = (name: string, value: string | null) => (value === null ? out.delete(name) : out.set(name, value));
  set('focus', state.focus);
  const list = (shown: readonly string[] | null, all: readonly string[]) =>
    shown === null || all.every((v) => shown.includes(v)) ? null : all.filter((v) => shown.includes(v)).join(',');
  set('kinds', list(state.kinds, vocabulary.kinds));
  set('relations', list(state.relations, vocabulary.relations));
  set('zoom', state.zoom ? `${fixed(state.zoom.k, 3)},${fixed(state.zoom.x, 1)},${fixed(state.zoom.y, 1)}` : null);
  return out;
}
