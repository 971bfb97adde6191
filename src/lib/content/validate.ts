/**
 * Content validation: every rule a node file must satisfy, checked over the whole knowledge base
 * at once so a broken build lists every problem, each with its file, field, finding and expectation.
 */
import { ID_PATTERN } from './ids.ts';
import type { z } from 'astro/zod';
import { KINDS, isKind, type Kind } from './kinds.ts';
import { RELATION_TYPE_IDS, isRelationType } from './relations.ts';
import { EVIDENCE_RELATIONS, statesFigure, unverifiedNumbers } from './findings.ts';
import { schemas, type NodeData } from './schema.ts';

/** A node file as read from disk, before validation. */
export interface RawNode {
  readonly id: string;
  readonly kind: string;
  /** Path shown in messages, relative to the project root. */
  readonly file: string;
  readonly data: unknown;
}

/** A node whose frontmatter passed its kind's schema. */
export type ParsedNode = { [K in Kind]: { id: string; kind: K; file: string; data: NodeData<K> } }[Kind];

export interface Problem {
  readonly file: string;
  /** Dotted path of the field, such as `relations.2.to`. */
  readonly field: string;
  readonly found: string;
  readonly expected: string;
}

export interface ValidationResult {
  readonly nodes: ParsedNode[];
  readonly problems: Problem[];
}


/** Shows a found value in a message: strings quoted, absent values named. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function schemaProblems(node: RawNode, kind: Kind, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const found = valueAt(node.data, issue.path);
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    return {
      file: node.file,
      field: issue.path.join('.') || (keys.length ? keys.join(', ') : '(frontmatter)'),
      found: keys.length ? `unknown field${keys.length > 1 ? 's' : ''} ${keys.map(show).join(', ')}` : show(found),
      expected: keys.length ? `only the fields of a ${kind} node (see README "Adding a node")` : issue.message,
    };
  });
}

/** Lists quoted choices for a message, shortened when long. */
function oneOf(values: readonly string[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v)).join(', ');
  return values.length > 12 ? `one of ${shown}, ... (${values.length} in all)` : `one of ${shown}`;
}

/** Parses every raw node against its kind's schema and checks every cross-reference between them. */
export function validateNodes(raw: readonly RawNode[]): ValidationResult {
  const problems: Problem[] = [];
  const nodes: ParsedNode[] = [];
  const byId = new Map<string, RawNode>();

  for (const node of raw) {
    if (!isKind(node.kind)) {
      problems.push({ file: node.file, field: '(folder)', found: show(node.kind), expected: `a folder named after a kind: ${oneOf(KINDS)}` });
      continue;
    }
    if (!ID_PATTERN.test(node.id)) {
      problems.push({ file: node.file, field: '(file name)', found: show(node.id), expected: 'a lowercase kebab-case file name, which becomes the node id' });
    }
    const first = byId.get(node.id);
    if (first) {
      problems.push({ file: node.file, field: '(file name)', found: `id ${show(node.id)}, also used by ${first.file}`, expected: 'an id unique across all kinds' });
      continue;
    }
    byId.set(node.id, node);
    const parsed = schemas[node.kind].safeParse(node.data);
    if (!parsed.success) {
      problems.push(...schemaProblems(node, node.kind, parsed.error));
      continue;
    }
    nodes.push({ id: node.id, kind: node.kind, file: node.file, data: parsed.data } as ParsedNode);
  }

  const kindOf = new Map<string, string>(raw.filter((n) => byId.get(n.id) === n).map((n) => [n.id, n.kind]));
  const idsOfKind = (kind: Kind) => [...kindOf].filter(([, k]) => k === kind).map(([id]) => id);
  const approaches = idsOfKind('approaches');
  const sources = idsOfKind('sources');

  const expectKind = (file: string, field: string, id: string, kind: Kind, role: string) => {
    const actual = kindOf.get(id);
    if (actual === kind) return true;
    problems.push({
      file,
      field,
      found: actual === undefined ? `${show(id)}, which is no node's id` : `${show(id)}, a node of kind ${actual}`,
      expected: `the id of ${role}: ${oneOf(kind === 'approaches' ? approaches : kind === 'sources' ? sources : idsOfKind(kind))}`,
    });
    return false;
  };

  const criteria = new Map(nodes.flatMap((n) => (n.kind === 'criteria' ? [[n.id, n.data] as const] : [])));
  // Read from the raw data, so a paper whose own frontmatter has a problem still counts as the paper it says it is.
  const papers = new Set(raw.filter((n) => n.kind === 'sources' && valueAt(n.data, ['medium']) === 'paper').map((n) => n.id));

  for (const node of nodes) {
    const { file, data } = node;
    data.relations.forEach((rel, i) => {
      if (!isRelationType(rel.type)) {
        problems.push({ file, field: `relations.${i}.type`, found: show(rel.type), expected: `a relation type: ${oneOf(RELATION_TYPE_IDS)}` });
      }
      if (rel.to === node.id) {
        problems.push({ file, field: `relations.${i}.to`, found: show(rel.to), expected: 'the id of another node (a node cannot relate to itself)' });
      } else if (!kindOf.has(rel.to)) {
        problems.push({ file, field: `relations.${i}.to`, found: `${show(rel.to)}, which is no node's id`, expected: 'the id of an existing node (its file name without the extension)' });
      }
    });
    data.sources.forEach((src, i) => expectKind(file, `sources.${i}`, src, 'sources', 'a source node'));
    if (node.kind !== 'sources' && data.sources.length === 0) {
      problems.push({ file, field: 'sources', found: 'no sources', expected: 'at least one source node id: every claim cites where it comes from' });
    }

    if (node.kind === 'criteria') {
      const seen = new Set<string>();
      node.data.levels.forEach((level, li) => {
        if (seen.has(level.id)) problems.push({ file, field: `levels.${li}.id`, found: show(level.id), expected: 'a level id unique within the criterion' });
        seen.add(level.id);
        level.effects.forEach((effect, ei) => {
          expectKind(file, `levels.${li}.effects.${ei}.approach`, effect.approach, 'approaches', 'an approach');
          effect.sources.forEach((src, si) => expectKind(file, `levels.${li}.effects.${ei}.sources.${si}`, src, 'sources', 'a source node'));
        });
      });
    }

    if (node.kind === 'findings') {
      const d = node.data;
      // A finding reports what a study measured, so it must rest on the study itself, not on an article about it.
      if (d.sources.length && !d.sources.some((src) => papers.has(src))) {
        problems.push({ file, field: 'sources', found: `${show(d.sources)}, none of them a paper`, expected: `at least one source node with medium "paper": the study that measured it` });
      }
      if (!d.relations.some((rel) => (EVIDENCE_RELATIONS as readonly string[]).includes(rel.type))) {
        problems.push({ file, field: 'relations', found: 'no supports, contradicts or measures relation', expected: 'at least one relation saying which claim the finding supports or contradicts, or which approach or technique it measures' });
      }
      if (!statesFigure(d.figure)) {
        problems.push({ file, field: 'figure', found: show(d.figure), expected: 'a figure with its numbers, or a sentence saying the paper "gives no figure"' });
      }
      const missing = unverifiedNumbers(d.figure, d.verified);
      if (missing.length) {
        problems.push({ file, field: 'figure', found: `number${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not in the verified note`, expected: 'every number of the figure quoted in `verified`, where it was read' });
      }
    }

    if (node.kind === 'use-cases') {
      for (const [criterion, level] of Object.entries(node.data.profile)) {
        const c = criteria.get(criterion);
        if (!c) {
          if (kindOf.get(criterion) !== 'criteria') {
            problems.push({ file, field: `profile.${criterion}`, found: `criterion ${show(criterion)}, which is no criterion's id`, expected: `a criterion id: ${oneOf(idsOfKind('criteria'))}` });
          }
          continue;
        }
        const levels = c.levels.map((l) => l.id);
        if (!levels.includes(level)) {
          problems.push({ file, field: `profile.${criterion}`, found: show(level), expected: `a level of criterion ${criterion}: ${oneOf(levels)}` });
        }
      }
      node.data.recommendations.forEach((rec, i) => {
        expectKind(file, `recommendations.${i}.approach`, rec.approach, 'approaches', 'an approach');
        expectKind(file, `recommendations.${i}.source`, rec.source, 'sources', 'the source node that makes the recommendation');
      });
      const recommended = new Set(node.data.recommendations.map((r) => r.approach));
      if (node.data.resolution) {
        expectKind(file, 'resolution.approach', node.data.resolution.approach, 'approaches', 'an approach');
      } else if (recommended.size > 1) {
        problems.push({ file, field: 'resolution', found: `recommendations that disagree (${[...recommended].join(', ')})`, expected: 'a resolution naming the approach this site stands by, and why' });
      }
    }
  }
  return { nodes, problems };
}

/** Formats problems one per line, grouped by file, for the terminal. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = [`Content validation failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`];
  for (const p of [...problems].sort((a, b) => a.file.localeCompare(b.file))) {
    lines.push(`  ${p.file}: ${p.field}: found ${p.found}; expected ${p.expected}.`);
  }
  return lines.join('\n');
}
