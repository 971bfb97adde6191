/**
 * The decide view's state in the URL: the preset it started from, the reader's answers and weights.
 * Compact and readable (`?u=legal-drafting&a=query-volume:low,gap-type:behaviour&w=query-volume:2.5`),
 * round-tripping exactly; anything unknown or malformed is dropped with a notice, never an error.
 */
import { WEIGHT_STEPS, type Profile, type Weights } from './model.ts';
import { clip, readParams, type Notice } from '../shared/url-notice.ts';

export interface DecideState {
  /** The use case the reader started from, if any. */
  readonly preset?: string;
  readonly profile: Profile;
  readonly weights: Weights;
}

/** What the parser checks names and values against: the content's criteria and use cases. */
export interface DecideVocabulary {
  readonly criteria: readonly { readonly id: string; readonly weight: number; readonly levels: readonly { readonly id: string }[] }[];
  readonly presets: readonly { readonly id: string; readonly profile: Profile }[];
}

export const DECIDE_PARAMS = { preset: 'u', answers: 'a', weights: 'w' } as const;
const KNOWN = Object.values(DECIDE_PARAMS);
/** Most entries read from one list parameter. */
const MAX_ENTRIES = 64;

const sameProfile = (a: Profile, b: Profile) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

const pairs = (record: Readonly<Record<string, string | number>>) =>
  Object.keys(record)
    .sort()
    .map((k) => `${k}:${record[k]}`)
    .join(',');

/** The state as a query string without the "?" ("" for the empty state). The answers are left out when they are exactly the preset's. */
export function serialiseDecideState(state: DecideState, vocabulary?: DecideVocabulary): string {
  const parts: string[] = [];
  const preset = state.preset === undefined ? undefined : vocabulary?.presets.find((p) => p.id === state.preset);
  if (state.preset !== undefined) parts.push(`${DECIDE_PARAMS.preset}=${state.preset}`);
  const profileIsPreset = preset !== undefined && sameProfile(state.profile, preset.profile);
  if (!profileIsPreset && (state.preset !== undefined || Object.keys(state.profile).length > 0)) {
    parts.push(`${DECIDE_PARAMS.answers}=${pairs(state.profile)}`);
  }
  if (Object.keys(state.weights).length > 0) parts.push(`${DECIDE_PARAMS.weights}=${pairs(state.weights)}`);
  return parts.join('&');
}

/** True when `w` is a weight a reader can pick for this criterion: a step of 0 to 3, or its default. */
export function isWeightFor(criterion: { readonly weight: number }, w: number): boolean {
  return WEIGHT_STEPS.includes(w) || w === criterion.weight;
}

/** Splits "k:v,k:v" into entries, with notices for entries past the limit and entries without a colon. */
function entries(param: string, raw: string, notices: Notice[]): [string, string][] {
  const items = raw.split(',').filter((s) => s !== '');
  if (items.length > MAX_ENTRIES) notices.push({ param, value: '', reason: `only the first ${MAX_ENTRIES} of ${items.length} entries were read` });
  const out: [string, string][] = [];
  for (const item of items.slice(0, MAX_ENTRIES)) {
    const at = item.indexOf(':');
    if (at <= 0 || at === item.length - 1) {
      notices.push({ param, value: clip(item), reason: 'expected criterion:value' });
      continue;
    }
    out.push([item.slice(0, at), item.slice(at + 1)]);
  }
  return out;
}

/**
 * Reads the state from a query string. `allowed` names parameters another part of the page reads
 * (so they raise no notice). Every dropped value comes back as a notice.
 */
export function parseDecideState(
  search: string | URLSearchParams,
  vocabulary: DecideVocabulary,
  allowed: readonly string[] = [],
): { state: DecideState; notices: Notice[] } {
  const { params, notices } = readParams(search, KNOWN, allowed);
  const criteria = new Map(vocabulary.criteria.map((c) => [c.id, c]));
  let preset: DecideState['preset'];
  const profile: Record<string, string> = {};
  const weights: Record<string, number> = {};

  const presetId = params.get(DECIDE_PARAMS.preset);
  if (presetId !== undefined) {
    const found = vocabulary.presets.find((p) => p.id === presetId);
    if (found) {
      preset = found.id;
      Object.assign(profile, found.profile);
    } else notices.push({ param: DECIDE_PARAMS.preset, value: clip(presetId), reason: 'no use case has that id' });
  }

  const answers = params.get(DECIDE_PARAMS.answers);
  if (answers !== undefined) {
    for (const key of Object.keys(profile)) delete profile[key];
    const seen = new Set<string>();
    for (const [id, level] of entries(DECIDE_PARAMS.answers, answers, notices)) {
      const c = criteria.get(id);
      if (!c) notices.push({ param: DECIDE_PARAMS.answers, value: clip(id), reason: 'no criterion has that id' });
      else if (seen.has(id)) notices.push({ param: DECIDE_PARAMS.answers, value: clip(`${id}:${level}`), reason: 'the criterion is answered twice; the first answer counts' });
      else if (!c.levels.some((l) => l.id === level)) notices.push({ param: DECIDE_PARAMS.answers, value: clip(`${id}:${level}`), reason: 'that criterion has no such answer' });
      else profile[id] = level;
      seen.add(id);
    }
  }

  const weightList = params.get(DECIDE_PARAMS.weights);
  if (weightList !== undefined) {
    const seen = new Set<string>();
    for (const [id, raw] of entries(DECIDE_PARAMS.weights, weightList, notices)) {
      const c = criteria.get(id);
      const w = /^\d{1,2}(\.\d{1,4})?$/.test(raw) ? Number(raw) : Number.NaN;
      if (!c) notices.push({ param: DECIDE_PARAMS.weights, value: clip(id), reason: 'no criterion has that id' });
      else if (seen.has(id)) notices.push({ param: DECIDE_PARAMS.weights, value: clip(`${id}:${raw}`), reason: 'the criterion is weighted twice; the first weight counts' });
      else if (!isWeightFor(c, w)) notices.push({ param: DECIDE_PARAMS.weights, value: clip(`${id}:${raw}`), reason: 'a weight is one of 0, 0.5, 1, 1.5, 2, 2.5 or 3' });
      else weights[id] = w;
      seen.add(id);
    }
  }
  return { state: { ...(preset !== undefined ? { preset } : {}), profile, weights }, notices };
}
