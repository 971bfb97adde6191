/**
 * The probing find-chromium.ts and find-java.ts share: an explicit path from the environment, then
 * known places, then (as root with apt) Debian's package, else one line saying how to get the tool.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface ToolProbe {
  /** The tool's name in messages ("Chromium"). */
  readonly name: string;
  /** Environment variable holding an explicit path, which wins and must work. */
  readonly env: string;
  /** Places to look, in order; undefined entries are skipped. */
  readonly candidates: () => readonly (string | undefined)[];
  /** Whether a found file is a working tool; by default, that it exists. */
  readonly works?: (path: string) => boolean;
  /** Debian's package, and where it puts the executable. */
  readonly apt: { readonly package: string; readonly installs: string; readonly why?: string };
  /** The one-line message when nothing is found and nothing can be installed. */
  readonly missing: string;
}

/** The first `name` on PATH, if any. */
export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function canApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** The tool's executable; throws the probe's one-line message when there is none and none can be installed. */
export function findTool(probe: ToolProbe, { install = true } = {}): string {
  const works = probe.works ?? existsSync;
  const explicit = process.env[probe.env];
  if (explicit) {
    if (works(explicit)) return explicit;
    throw new Error(`${probe.env} points to ${explicit}, which ${existsSync(explicit) ? 'does not run' : 'does not exist'}.`);
  }
  for (const candidate of probe.candidates()) if (candidate && works(candidate)) return candidate;
  if (install && canApt()) {
    console.error(`No ${probe.name} found; installing Debian's ${probe.apt.package} package (apt-get)${probe.apt.why ?? ''}...`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${probe.apt.package}`, { stdio: 'inherit' });
    if (works(probe.apt.installs)) return probe.apt.installs;
  }
  throw new Error(probe.missing);
}
