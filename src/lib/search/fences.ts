/**
 * Fenced code in a Markdown body, followed line by line: a `##` inside a fence is code, not a
 * heading. As CommonMark has it, a fence closes on a marker of its own character at least as long.
 */
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** The fence still open after `line`, given the one open before it; `marker` is true for a line that is a fence marker. */
export function nextFence(line: string, open: string | undefined): { open: string | undefined; marker: boolean } {
  const f = FENCE.exec(line);
  if (!f) return { open, marker: false };
  const marker = f[1]!;
  if (open === undefined) return { open: marker, marker: true };
  if (marker[0] === open[0] && marker.length >= open.length) return { open: undefined, marker: true };
  return { open, marker: true };
}
