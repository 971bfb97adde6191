/**
 * Originality check: finds runs of N or more consecutive words that a piece of content shares with
 * any seed article or with the research brief on the primary studies, so every sentence on the
 * site stays in its own words.
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

/** The first of `candidates` that exists; `what` and `variable` name it in the error when none does. */
function firstExisting(candidates: readonly (string | undefined)[], what: string, variable: string): string {
  const paths = candidates.filter((p): p is string => Boolean(p));
  const found = paths.find((p) => existsSync(p));
  if (!found) throw new Error(`${what} not found; set ${variable} (looked in ${paths.join(', ')}).`);
  return found;
}

/** Finds the seed articles: $SEEDS_DIR, then ../shared/seeds beside the checkout, then /work/shared/seeds. */
export function seedsDir(cwd = process.cwd()): string {
  return firstExisting([process.env.SEEDS_DIR, resolve(cwd, '../shared/seeds'), '/work/shared/seeds'], 'Seed articles', 'SEEDS_DIR');
}

/**
 * Finds the research brief on the primary studies: $RESEARCH_BRIEF, then
 * ../shared/research/primary-studies.md beside the checkout, then the same under /work/shared.
 */
export function briefFile(cwd = process.cwd()): string {
  return firstExisting(
    [process.env.RESEARCH_BRIEF, resolve(cwd, '../shared/research/primary-studies.md'), '/work/shared/research/primary-studies.md'],
    'Research brief',
    'RESEARCH_BRIEF',
  );
}

/** The text of the research brief. */
export function readBrief(file = briefFile()): string {
  return readFileSync(file, 'utf8');
}

/**
 * The text of a node file as the check compares it. A source node's `title` is the paper's or
 * article's own name, which has to be quoted exactly, so it is left out; every other line counts.
 */
export function comparedText(fileText: string, kind: string): string {
  return kind === 'sources' ? fileText.replace(/^title:.*$/m, '') : fileText;
}

/** The text of every seed article. */
export function readSeeds(dir = seedsDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}
