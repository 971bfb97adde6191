/** The content folder a script works on, read and validated the one way every script does it. */
import { resolve } from 'node:path';
import { formatProblems, validateNodes, type ParsedNode } from '../../src/lib/content/validate.ts';
import { siteConfig } from './config.ts';
import { readContent, type RawNodeFile } from './read-content.ts';

export interface ContentFolder {
  /** The folder, absolute. */
  readonly root: string;
  /** Every node file as read, bodies included. */
  readonly files: readonly RawNodeFile[];
  /** The validated nodes. */
  readonly nodes: readonly ParsedNode[];
}

/** The folder named on the command line, else CONTENT_DIR, else content/. */
export function contentFolderArg(argv: readonly string[] = process.argv): string {
  return resolve(argv[2] ?? siteConfig().contentDir);
}

/** Reads and validates the knowledge base in `root`; throws one message listing every problem when it is invalid. */
export function loadContentFolder(root: string = contentFolderArg()): ContentFolder {
  const { nodes: files, errors } = readContent(root);
  const { nodes, problems } = validateNodes(files);
  const lines = errors.map((e) => `  ${e.file}: ${e.message}`);
  if (problems.length) lines.push(formatProblems(problems));
  if (lines.length) throw new ContentError(lines.join('\n'));
  return { root, files, nodes };
}

/** A knowledge base that does not validate; its message lists every problem. */
export class ContentError extends Error {}
