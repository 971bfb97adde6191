/**
 * One collection per kind, each loaded from `content/<kind>/*.md` (or `.mdx`) with its schema from
 * `src/lib/content/schema.ts`. Cross-references are plain ids checked by `src/lib/content/validate.ts`, because node
 * ids are unique across kinds and Astro's reference() only logs a missing target.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteConfig } from '../scripts/lib/config.ts';
import { KINDS, type Kind } from './lib/content/kinds.ts';
import { schemas } from './lib/content/schema.ts';

/** The knowledge base folder: `content/` unless CONTENT_DIR points elsewhere (fixtures, the synthetic corpus). */
const root = siteConfig().contentDir;

const collection = <K extends Kind>(kind: K) =>
  defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `${root}/${kind}` }),
    schema: schemas[kind],
  });

export const collections = Object.fromEntries(KINDS.map((kind) => [kind, collection(kind)])) as {
  [K in Kind]: ReturnType<typeof collection<K>>;
};
