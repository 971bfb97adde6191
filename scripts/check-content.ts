/**
 * `npm run check:content`: validates the whole knowledge base before Astro builds it, printing every
 * problem at once. Astro alone would stop at the first schema error and only log broken references.
 */
import { resolve } from 'node:path';
import { formatProblems, validateNodes } from '../src/lib/content/validate.ts';
import { readContent } from './lib/read-content.ts';

const root = resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content');
const { nodes, errors } = readContent(root);
const { problems } = validateNodes(nodes);

for (const e of errors) console.error(`  ${e.file}: ${e.message}`);
if (problems.length) console.error(formatProblems(problems));
if (errors.length || problems.length) process.exit(1);
console.log(`Content OK: ${nodes.length} nodes in ${root}.`);
