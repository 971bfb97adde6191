/**
 * Reads a fetched preview document back into a `Preview`, refusing anything that is not one: the
 * card shows what this returns and nothing else, so a stale or tampered file shows no card rather
 * than a broken one.
 */
import { isKind } from '../content/kinds.ts';
import type { Preview, PreviewRank, PreviewRelation } from './data.ts';

/** Longest string a card shows; content lines are far shorter (titles 90, summaries 240). */
const MAX_TEXT = 400;
/** Most relation groups, titles per group and ranked approaches read from a document. */
const MAX_ITEMS = 8;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_TEXT;
const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function relation(v: unknown): PreviewRelation | undefined {
  if (!isObject(v) || !text(v.label) || !Array.isArray(v.titles) || !count(v.more)) return undefined;
  const titles = v.titles.slice(0, MAX_ITEMS);
  return titles.every(text) ? { label: v.label, titles, more: v.more } : undefined;
}

function ranked(v: unknown): PreviewRank | undefined {
  return isObject(v) && text(v.approach) && typeof v.score === 'number' && Number.isFinite(v.score) ? { approach: v.approach, score: v.score } : undefined;
}

/** All of `list` read by `read`, or undefined when any item is not what it should be. */
function all<T>(list: unknown, read: (v: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: T[] = [];
  for (const item of list.slice(0, MAX_ITEMS)) {
    const r = read(item);
    if (r === undefined) return undefined;
    out.push(r);
  }
  return out;
}

/** The preview in `doc` if it is a well-formed preview of node `id`; undefined otherwise. */
export function parsePreview(doc: unknown, id: string): Preview | undefined {
  if (!isObject(doc) || doc.id !== id || typeof doc.kind !== 'string' || !isKind(doc.kind)) return undefined;
  if (!text(doc.kindLabel) || !text(doc.title) || !text(doc.summary)) return undefined;
  if ((doc.detail !== undefined && !text(doc.detail)) || (doc.category !== undefined && !text(doc.category))) return undefined;
  const relations = all(doc.relations, relation);
  if (!relations) return undefined;
  const ranking = doc.ranking === undefined ? undefined : all(doc.ranking, ranked);
  if (doc.ranking !== undefined && !ranking) return undefined;
  return {
    id,
    kind: doc.kind,
    kindLabel: doc.kindLabel,
    title: doc.title,
    summary: doc.summary,
    ...(doc.category !== undefined ? { category: doc.category } : {}),
    ...(doc.detail !== undefined ? { detail: doc.detail } : {}),
    relations,
    ...(ranking ? { ranking } : {}),
  };
}
