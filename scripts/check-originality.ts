/**
 * Prints every run of 12+ words a content file shares with a seed article or with the research
 * brief on the primary studies; exits 1 if any.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RUN_LENGTH, comparedText, readBrief, readSeeds, runs, sharedRuns } from './lib/originality.ts';
import { contentFolderArg } from './lib/content-folder.ts';
import { readContent } from './lib/read-content.ts';

const against = [
  { name: 'a seed article', runs: runs(readSeeds()) },
  { name: 'the research brief', runs: runs([readBrief()]) },
];
const { nodes } = readContent(contentFolderArg());
let hits = 0;
for (const n of nodes) {
  const text = comparedText(readFileSync(resolve(n.file), 'utf8'), n.kind);
  for (const { name, runs: theirs } of against) {
    for (const run of new Set(sharedRuns(text, theirs))) {
      hits++;
      console.log(`${n.file}: shares with ${name}: "${run}"`);
    }
  }
}
console.log(hits ? `${hits} shared run(s) found.` : `No content shares ${RUN_LENGTH} consecutive words with a seed article or the research brief.`);
process.exit(hits ? 1 : 0);
