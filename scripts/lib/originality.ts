/**
 * Originality check: finds runs of N or more consecutive words that a piece of content shares with
 * any seed article, so every sentence on the site stays in its own words.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const RUN_LENGTH = 12;

/** Lowercased words, punctuation dropped, so a run matches whatever quotes or dashes surround it. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Every run of `n` consecutive words in the texts, joined by spaces. */
export function runs(texts: readonly string[], n = RUN_LENGTH): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const w = words(text);
    for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  }
  return out;
}

/** The runs of `text` that also appear in `seedRuns`. */
export function sharedRuns(text: string, seedRuns: Set<string>, n = RUN_LENGTH): string[] {
  const w = words(text);
  const hits: string[] = [];
  for (let i = 0; i + n <= w.length; i++) {
    const run = w.slice(i, i + n).join(' ');
    if (seedRuns.has(run)) hits.push(run);
  }
  return hits;
}

/** Finds the seed articles: $SEEDS_DIR, then ../shared/seeds beside the checkout, then /work/shared/seeds. */
export function seedsDir(cwd = process.cwd()): string {
  const candidates = [process.env.SEEDS_DIR, resolve(cwd, '../shared/seeds'), '/work/shared/seeds'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`Seed articles not found; set SEEDS_DIR (looked in ${candidates.join(', ')}).`);
  return found;
}

/** The text of every seed article. */
export function readSeeds(dir = seedsDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}
