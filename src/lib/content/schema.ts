/**
 * Frontmatter schemas for every kind of node, in one place. `src/content.config.ts` hands them to
 * Astro's collections and `validate.ts` runs them over raw files, so both read the same rules.
 */
import { CRITERION_GROUPS } from './criterion-groups.ts';
import { ID_PATTERN } from './ids.ts';
import { z } from 'astro/zod';
import type { Kind } from './kinds.ts';

const id = z.string().regex(ID_PATTERN, 'a lowercase id in kebab-case, such as "query-volume"');
const oneLine = (max: number) =>
  z.string().trim().min(1, 'a non-empty line').max(max, `at most ${max} characters`).regex(/^[^\n]*$/, 'a single line');

export const relationSchema = z.strictObject({
  /** One of the relation types in `relations.ts`; checked by `validate.ts` so the message can list them. */
  type: z.string(),
  /** The id of the target node, in any kind. */
  to: z.string(),
  /** Why the relation holds, shown beside it. */
  note: oneLine(240).optional(),
});

const base = {
  title: oneLine(90),
  summary: oneLine(240),
  aliases: z.array(oneLine(60)).default([]),
  relations: z.array(relationSchema).default([]),
  /** Ids of the source nodes the node rests on. */
  sources: z.array(z.string()).default([]),
};

export const effectSchema = z.strictObject({
  approach: z.string(),
  /** How strongly this answer moves the approach: -2 (rules it out) to +2 (strongly favors it). */
  score: z.number().int().min(-2).max(2),
  why: oneLine(280),
  sources: z.array(z.string()).default([]),
});

export const levelSchema = z.strictObject({
  id,
  label: oneLine(80),
  description: oneLine(280).optional(),
  effects: z.array(effectSchema).min(1, 'at least one effect on an approach'),
});

export const recommendationSchema = z.strictObject({
  approach: z.string(),
  source: z.string(),
  note: oneLine(280).optional(),
});

export const schemas = {
  approaches: z.strictObject({
    ...base,
    /** Short label for table columns and bars ("RAG"). */
    short: oneLine(24),
    /** Column order in the matrix. */
    order: z.number().int().min(0),
  }),
  criteria: z.strictObject({
    ...base,
    question: oneLine(160),
    group: z.enum(CRITERION_GROUPS),
    /** Default importance in the decision matrix, 0 to 3. */
    weight: z.number().min(0).max(3).default(1),
    levels: z.array(levelSchema).min(2, 'at least two levels'),
  }),
  'use-cases': z.strictObject({
    ...base,
    domain: oneLine(60).optional(),
    /** Criterion id -> level id. */
    profile: z.record(z.string(), z.string()).refine((p) => Object.keys(p).length > 0, 'at least one criterion'),
    recommendations: z.array(recommendationSchema).default([]),
    /** Where sources disagree: the approach the content stands by, and why. */
    resolution: z.strictObject({ approach: z.string(), why: oneLine(280) }).optional(),
  }),
  'trade-offs': z.strictObject({ ...base }),
  techniques: z.strictObject({
    ...base,
    category: z.enum(['pipeline', 'training', 'evaluation', 'adoption', 'architecture', 'operations']),
  }),
  pitfalls: z.strictObject({
    ...base,
    category: z.enum(['misconception', 'failure-mode', 'mistake']),
  }),
  tools: z.strictObject({
    ...base,
    category: z.enum(['vector-database', 'library', 'model', 'service', 'index']),
    url: z.url().optional(),
  }),
  sources: z.strictObject({
    ...base,
    /** A paper's own title, quoted exactly; some run past the 90 characters other nodes get. */
    title: oneLine(120),
    authors: z.array(oneLine(120)).min(1),
    year: z.number().int().min(1900).max(2100).optional(),
    venue: oneLine(120).optional(),
    url: z.url().optional(),
    medium: z.enum(['article', 'paper', 'documentation']),
    /** The file under shared/seeds this article was read from, for the five seed articles. */
    seed: z.string().optional(),
    /** The paper's arXiv identifier, such as "2312.05934", for papers posted there. */
    arxiv: z.string().regex(/^\d{4}\.\d{4,5}$/, 'an arXiv identifier such as "2312.05934" (no "arXiv:" prefix, no version)').optional(),
  }),
  findings: z.strictObject({
    ...base,
    /** The result with its numbers, or a sentence saying the paper gives none. */
    figure: oneLine(280),
    /** Where the figure was read (abstract, a table, a section), quoting the numbers as printed there. */
    verified: oneLine(600),
    /** The models tested. */
    models: z.array(oneLine(120)).min(1, 'at least one model'),
    /** What the models were asked to do, on which data. */
    task: oneLine(200),
    /** How large the test was, where the paper says. */
    testSize: oneLine(120).optional(),
    /** What limits how far the result carries. */
    caveats: z.array(oneLine(280)).min(1, 'at least one caveat: no study result holds everywhere'),
  }),
} as const satisfies Record<Kind, z.ZodType>;

export type NodeData<K extends Kind = Kind> = z.output<(typeof schemas)[K]>;
export type Relation = z.output<typeof relationSchema>;
export type Level = z.output<typeof levelSchema>;
export type Effect = z.output<typeof effectSchema>;
export type Recommendation = z.output<typeof recommendationSchema>;
export type FindingData = NodeData<'findings'>;
