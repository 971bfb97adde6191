/**
 * Search documents: the short fields of every node that search reads (title, aliases, `##` headings,
 * summary), its kind and its page path. Bodies stay out on purpose: fuse.js scans every character of
 * every field on every keystroke, so long text would make typing slow and fill results with noise.
 */
import { isNodeId } from '../content/ids.ts';
import type { GraphNode } from '../graph/model.ts';
import { isKind, type Kind } from '../content/kinds.ts';
import { nodePath } from '../shared/urls.ts';
import { nextFence } from './fences.ts';

export interface SearchDocument {
  readonly id: string;
  readonly kind: Kind;
  readonly title: string;
  readonly aliases: readonly string[];
  /** The body's `##` headings, as plain text. */
  readonly headings: readonly string[];
  readonly summary: string;
  /** The node's page, relative to the site's base path: `approaches/rag/`. */
  readonly path: string;
  /**
   * The full-text index's sections after the opening text, as [heading, heading id on the page];
   * section 0, the opening text, has no heading. Absent where there is no full-text index.
   */
  readonly sections?: readonly (readonly [string, string])[];
}

const H2 = /^\s{0,3}##[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/** Markdown inline syntax reduced to the text a reader sees: links, emphasis and code marks dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    // Code spans keep their text as written: `lora_alpha` is a name, not emphasis.
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part.slice(1, -1) : part
      .replace(/(\*\*|\*)(?=\S)([^*]*?\S)\1/g, '$2')
      // Underscores inside a word never emphasise (CommonMark): snake_case stays whole.
      .replace(/(?<![\p{L}\p{N}])(__|_)(?=\S)([^_]*?\S)\1(?![\p{L}\p{N}])/gu, '$2')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The level-2 (`##`) headings of a Markdown or MDX body, in order, skipping fenced code. */
export function headingsOf(body: string): string[] {
  const headings: string[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const step = nextFence(line, fence);
    fence = step.open;
    if (step.marker) continue;
    if (fence !== undefined) continue;
    const h = H2.exec(line);
    if (h) {
      const text = plainText(h[1]!);
      if (text) headings.push(text);
    }
  }
  return headings;
}

/** One search document per node, in the graph's order; `bodyOf` supplies each node's raw body. */
export function searchDocuments(
  nodes: readonly GraphNode[],
  bodyOf: (id: string) => string | undefined,
): SearchDocument[] {
  return nodes.map((node) => ({
    id: node.id,
    kind: node.kind,
    title: node.title,
    aliases: [...node.aliases],
    headings: headingsOf(bodyOf(node.id) ?? ''),
    summary: node.summary,
    path: nodePath(node.kind, node.id),
  }));
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** True for a well-formed document whose path is its node's page, so a tampered file cannot point elsewhere. */
export function isSearchDocument(value: unknown): value is SearchDocument {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.id === 'string' && isNodeId(d.id) &&
    typeof d.kind === 'string' && isKind(d.kind) &&
    typeof d.title === 'string' && typeof d.summary === 'string' &&
    isStrings(d.aliases) && isStrings(d.headings) &&
    d.path === nodePath(d.kind, d.id) &&
    (d.sections === undefined || (Array.isArray(d.sections) && d.sections.every((x) => isStrings(x) && x.length === 2 && /^[\p{L}\p{N}_-]*$/u.test(x[1]!))))
  );
}
