/**
 * A node as the reader sees it, cut into sections for full-text search: the text before the first
 * heading (with the summary), one section per heading of the body, and the sections the page builds
 * from frontmatter (relation notes, a criterion's answers and their effects, what sources recommend
 * for a use case). Each section carries the id of the heading it sits under on the page, made the
 * way Astro makes heading ids (github-slugger), so a result can link straight to it.
 */
import GithubSlugger from 'github-slugger';
import type { ParsedNode } from '../content/validate.ts';
import { plainText } from './documents.ts';
import { nextFence } from './fences.ts';

export interface Section {
  /** The heading as the reader sees it; empty for the text before the first heading. */
  readonly heading: string;
  /** The heading's id on the node's page; empty for the text before the first heading. */
  readonly anchor: string;
  /** The section's words as plain text, never markup. */
  readonly text: string;
}

/** Headings the node page draws around frontmatter text (src/components/node/*.astro). */
export const PAGE_SECTIONS = {
  relations: { heading: 'Relations', anchor: 'relations-heading' },
  levels: { heading: 'Answers and their effect', anchor: 'levels-heading' },
  recommendations: { heading: 'What the sources recommend', anchor: 'recommendations-heading' },
} as const;

const HEADING = /^\s{0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const MDX_STATEMENT = /^(import|export)\s/;

/** One line of Markdown as the words it shows: list markers, quotes, table pipes, tags and inline marks dropped. */
function lineText(line: string): string {
  const stripped = line
    .replace(/<!--.*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/\|/g, ' ');
  return plainText(stripped);
}

/** The body's sections, text before the first heading first (possibly empty), code included as text. */
export function bodySections(body: string): Section[] {
  const slugger = new GithubSlugger();
  const sections: { heading: string; anchor: string; lines: string[] }[] = [{ heading: '', anchor: '', lines: [] }];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const step = nextFence(line, fence);
    fence = step.open;
    if (step.marker) continue;
    const current = sections.at(-1)!;
    if (fence !== undefined) {
      current.lines.push(line.trim());
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      const heading = plainText(h[2]!);
      if (heading) sections.push({ heading, anchor: slugger.slug(heading), lines: [] });
      continue;
    }
    if (MDX_STATEMENT.test(line) || TABLE_RULE.test(line)) continue;
    current.lines.push(lineText(line));
  }
  return sections.map(({ heading, anchor, lines }) => ({ heading, anchor, text: lines.filter(Boolean).join(' ') }));
}

/** Sentences joined into one text, each ending in a full stop so excerpts read as prose. */
const sentences = (parts: readonly (string | undefined)[]): string =>
  parts.filter((p): p is string => Boolean(p?.trim())).map((p) => (/[.!?:]$/.test(p.trim()) ? p.trim() : `${p.trim()}.`)).join(' ');

/** The text the page shows from the node's frontmatter, grouped under the headings it appears under. */
function pageSections(node: ParsedNode): Section[] {
  const out: Section[] = [];
  const d = node.data;
  if (node.kind === 'criteria') {
    const c = node.data;
    const levels = c.levels.flatMap((l) => [l.label, l.description, ...l.effects.map((e) => e.why)]);
    out.push({ ...PAGE_SECTIONS.levels, text: sentences([c.question, ...levels]) });
  }
  if (node.kind === 'use-cases') {
    const u = node.data;
    const text = sentences([...u.recommendations.map((r) => r.note), u.resolution?.why]);
    if (text) out.push({ ...PAGE_SECTIONS.recommendations, text });
  }
  const notes = sentences(d.relations.map((r) => r.note));
  if (notes) out.push({ ...PAGE_SECTIONS.relations, text: notes });
  return out;
}

/** Extra words the page shows in the node's header, searched with its opening text. */
function headerText(node: ParsedNode): string {
  if (node.kind === 'sources') return sentences([node.data.authors.join(', '), node.data.venue]);
  if (node.kind === 'use-cases') return sentences([node.data.domain]);
  return '';
}

/**
 * Every section of a node: its summary and opening text, each body heading, then the frontmatter
 * sections. Any kind's body is read the same way, so a new kind is searched with no change here.
 */
export function nodeSections(node: ParsedNode, body: string): Section[] {
  const [intro, ...rest] = bodySections(body);
  const opening = [node.data.summary, headerText(node), intro!.text].filter(Boolean).join(' ');
  return [{ heading: '', anchor: '', text: opening }, ...rest, ...pageSections(node)];
}
