/** Prints every run of 12+ words a content file shares with a seed article; exits 1 if any. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSeeds, runs, sharedRuns } from './lib/originality.ts';
import { readContent } from './lib/read-content.ts';

const seedRuns = runs(readSeeds());
const { nodes } = readContent(resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content'));
let hits = 0;
for (const n of nodes) {
  const text = readFileSync(resolve(n.file), 'utf8');
  for (const run of new Set(sharedRuns(text, seedRuns))) {
    hits++;
    console.log(`${n.file}: "${run}"`);
  }
}
console.log(hits ? `${hits} shared run(s) found.` : `No content shares ${12} consecutive words with a seed article.`);
process.exit(hits ? 1 : 0);
