/**
 * A search document on the wire, as the index files carry it: an array, its path following from kind
 * and id, most heading ids predicted rather than sent, the page's own sections as numbers. The head
 * file carries every document while they are few; beyond that they travel with the postings shards
 * and text chunks that need them (body-index.ts), in this same form.
 */
import { KINDS } from '../content/kinds.ts';
import { nodePath } from '../shared/urls.ts';
import { isSearchDocument, type SearchDocument } from './documents.ts';
import { PAGE_SECTIONS } from './sections.ts';

/**
 * A section on the wire: a heading whose id `headingIds` predicts (most are), a [heading, id] pair
 * when it does not, or the index of one of the page's own sections in PAGE_SECTION_KEYS.
 */
type WireSection = string | [string, string] | number;
/** One document on the wire: [id, kind (its number in KINDS), title, aliases, sections]. */
export type WireDoc = [string, number, string, string[], WireSection[]];

/** The page's own sections, by their number on the wire. */
const PAGE_SECTION_KEYS = Object.keys(PAGE_SECTIONS) as (keyof typeof PAGE_SECTIONS)[];
const PAGE_ANCHORS = new Set<string>(PAGE_SECTION_KEYS.map((k) => PAGE_SECTIONS[k].anchor));

/**
 * Heading ids as github-slugger makes them for one page, for the common case of letters, digits,
 * spaces and simple punctuation: lower case, other symbols dropped, spaces to hyphens, repeats
 * numbered. Where it would differ, the wire carries the real id.
 */
export function headingIds(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const original = heading.toLowerCase().replace(/[^\p{L}\p{N}\p{M} _-]/gu, '').replace(/ /g, '-');
    let slug = original;
    while (seen.has(slug)) {
      const n = seen.get(original)! + 1;
      seen.set(original, n);
      slug = `${original}-${n}`;
    }
    seen.set(slug, 0);
    return slug;
  };
}

/** A document as written. */
export function docWire(d: SearchDocument): WireDoc {
  const predict = headingIds();
  const sections = (d.sections ?? []).map(([heading, anchor]): WireSection => {
    const page = PAGE_SECTION_KEYS.findIndex((k) => PAGE_SECTIONS[k].anchor === anchor && PAGE_SECTIONS[k].heading === heading);
    // Page sections are fixed headings the node page draws; everything else is the body's.
    if (page >= 0) return page;
    return predict(heading) === anchor ? heading : [heading, anchor];
  });
  return [d.id, KINDS.indexOf(d.kind), d.title, [...d.aliases], sections];
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A document's sections read back from the wire, or undefined when one is malformed. */
function readSections(wire: unknown): [string, string][] | undefined {
  if (!Array.isArray(wire)) return undefined;
  const predict = headingIds();
  const out: [string, string][] = [];
  for (const s of wire) {
    const page = typeof s === 'number' ? PAGE_SECTION_KEYS[s] : undefined;
    if (typeof s === 'string') out.push([s, predict(s)]);
    else if (page) out.push([PAGE_SECTIONS[page].heading, PAGE_SECTIONS[page].anchor]);
    else if (strings(s) && s.length === 2) out.push([s[0]!, s[1]!]);
    else return undefined;
  }
  return out;
}

/** A document read from the network, or undefined when anything about it is malformed. */
export function readDoc(wire: unknown): SearchDocument | undefined {
  if (!Array.isArray(wire) || wire.length !== 5) return undefined;
  const [id, kindNumber, title, aliases, sectionWire] = wire as unknown[];
  const kind = typeof kindNumber === 'number' ? KINDS[kindNumber] : undefined;
  const sections = readSections(sectionWire);
  if (typeof id !== 'string' || !kind || !sections) return undefined;
  const headings = sections.filter(([, anchor]) => !PAGE_ANCHORS.has(anchor)).map(([h]) => h);
  const doc = { id, kind, title, aliases, headings, summary: '', path: nodePath(kind, id), sections };
  return isSearchDocument(doc) ? doc : undefined;
}
