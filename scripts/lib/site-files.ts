/** The files of a built site, found on disk, for the gates and benchmarks that read every page. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML file under `root`, sorted, as absolute or root-joined paths. */
export function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
