/** Reads every node file under a content folder into raw nodes, the shape `validateNodes` takes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import type { RawNode } from '../../src/lib/content/validate.ts';

export interface RawNodeFile extends RawNode {
  /** The MDX body after the frontmatter. */
  readonly body: string;
}

/** Problems with a file that stop it being read at all (YAML that does not parse). */
export interface ReadProblem {
  readonly file: string;
  readonly message: string;
}

/** Reads `<root>/<kind>/*.md` and `*.mdx`; paths in the result are relative to `cwd`. */
export function readContent(root: string, cwd = process.cwd()): { nodes: RawNodeFile[]; errors: ReadProblem[] } {
  const nodes: RawNodeFile[] = [];
  const errors: ReadProblem[] = [];
  for (const kind of readdirSync(root).sort()) {
    const dir = join(root, kind);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.mdx') && !name.endsWith('.md')) continue;
      const path = join(dir, name);
      const file = relative(cwd, path);
      try {
        const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
        nodes.push({ id: name.replace(/\.mdx?$/, ''), kind, file, data: frontmatter, body: content });
      } catch (error) {
        errors.push({ file, message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      }
    }
  }
  return { nodes, errors };
}
