/**
 * What a view ignored while reading its state from the URL, said in words a reader can act on.
 * Values are clipped and stripped of control characters: they are shown as text, never markup.
 */
export interface Notice {
  /** The parameter the value came from. */
  readonly param: string;
  /** The offending value, clipped for display. */
  readonly value: string;
  /** Why it was ignored. */
  readonly reason: string;
}

/** Longest value echoed back in a notice. */
const ECHO = 40;
/** Longest parameter value read at all; anything longer is ignored whole. */
export const MAX_VALUE = 2000;
/** Most parameters read from one URL. */
export const MAX_PARAMS = 40;

/** A value made safe and short for a notice: control characters dropped, clipped with an ellipsis. */
export function clip(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return clean.length > ECHO ? `${clean.slice(0, ECHO)}\u2026` : clean;
}

/** One notice as a sentence: Ignored "x" in "a": no criterion has that id. */
export function noticeText(n: Notice): string {
  return n.value === '' ? `Ignored the parameter \u201c${n.param}\u201d: ${n.reason}.` : `Ignored \u201c${n.value}\u201d in \u201c${n.param}\u201d: ${n.reason}.`;
}

/**
 * The URL's parameters, first occurrence of each name only, with notices for everything dropped on
 * the way: too many parameters, too-long values, repeated names, and names no one asked for.
 */
export function readParams(search: string | URLSearchParams, known: readonly string[], allowed: readonly string[] = []): { params: Map<string, string>; notices: Notice[] } {
  const notices: Notice[] = [];
  const params = new Map<string, string>();
  let all: [string, string][];
  try {
    all = [...(typeof search === 'string' ? new URLSearchParams(search) : search)];
  } catch {
    return { params, notices: [{ param: 'URL', value: '', reason: 'the query string could not be read' }] };
  }
  if (all.length > MAX_PARAMS) {
    notices.push({ param: 'URL', value: '', reason: `only the first ${MAX_PARAMS} of ${all.length} parameters were read` });
    all = all.slice(0, MAX_PARAMS);
  }
  const seen = new Set<string>();
  for (const [name, value] of all) {
    if (allowed.includes(name)) continue;
    if (!known.includes(name)) {
      notices.push({ param: clip(name), value: '', reason: 'this page has no such setting' });
      continue;
    }
    if (seen.has(name)) {
      notices.push({ param: name, value: clip(value), reason: 'the parameter appears more than once; the first one counts' });
      continue;
    }
    seen.add(name);
    if (value.length > MAX_VALUE) {
      notices.push({ param: name, value: clip(value), reason: `longer than ${MAX_VALUE} characters` });
      continue;
    }
    params.set(name, value);
  }
  return { params, notices };
}
