/**
 * Seeded, bounded hostile input for the fuzz tests: values for URL parameters in every family a
 * careless parser trips on, and junk postMessage payloads. The same seed always gives the same cases,
 * so a failure names a case that reproduces (FUZZ_SEED changes the seed).
 */

/** Mulberry32: a small seeded PRNG. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20260408);

/** Any element these payloads create carries data-fuzz, so one selector finds an injection. */
export const INJECTED = '[data-fuzz]';

/** A value in the query string: `raw` values go in as written (bad %-encoding), the rest are encoded. */
export interface FuzzValue {
  readonly family: string;
  readonly value: string;
  readonly raw?: boolean;
}

const FIXED: readonly FuzzValue[] = [
  ...['<img src=x onerror=alert(1) data-fuzz>', '"><svg data-fuzz onload=alert(1)>', "'><script data-fuzz>alert(1)</script>",
    '</script><script data-fuzz>alert(1)</script>', '<a data-fuzz href="javascript:alert(1)">x</a>', 'javascript:alert(1)',
    '<iframe data-fuzz srcdoc="<script>alert(1)</script>">', '{{constructor.constructor("alert(1)")()}}', '${alert(1)}',
    '<style data-fuzz>*{display:none}</style>', '&lt;b data-fuzz&gt;', '<!--', ']]>', '<math data-fuzz><mtext><table><mglyph><style><img src=x onerror=alert(1)>']
    .map((value) => ({ family: 'html/script', value })),
  ...['.*', '(a+)+$', '[', ']', '(', '\\', '^$|', '+?*{2,}', '(?<x>', '[^]', '\\u{110000}', '.'.repeat(200), '(((((((((((((((((((((a)))))))))))))))))))))']
    .map((value) => ({ family: 'regex', value })),
  ...['\u202eevil\u202c', '\u200b\u200d\ufeff', '😀👩‍👩‍👧‍👦', 'e\u0301\u0301\u0301\u0301', '＜script＞', 'İıſ', '\u0000', '\u2028\u2029', 'ℝ𝕆𝕋']
    .map((value) => ({ family: 'unicode', value })),
  ...['%', '%%', '%zz', '%E0%A4%A', '%C0%AF', '%FF%FE', '%ED%A0%80', '%u0041', '%00', '%2', 'a%20b%', '%252525']
    .map((value) => ({ family: 'bad %-encoding', value, raw: true })),
  ...['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__proto__:1', 'constructor:prototype', '__defineGetter__', 'valueOf']
    .map((value) => ({ family: 'prototype key', value })),
  ...['', ' ', 'NaN', 'Infinity', '-Infinity', '-1', '1e309', '0x1F', '-0', '9'.repeat(400), '0.1.2', 'null', 'undefined', 'true', '[]', '{}', '{"a":1}', ':', ',', ',,,:,:', 'a:b:c', 'x:NaN,y:1e999']
    .map((value) => ({ family: 'numbers and structure', value })),
];

const ALPHABET = 'aZ09 <>"\'&;:,./\\?#%[](){}*+^$|=`~!@-_\u00e9\u202e\u0000😀';

/** `count` values: every fixed one in turn, with random and very long strings mixed in. */
export function fuzzValues(seed: number, count: number): FuzzValue[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const start = Math.floor(r() * FIXED.length);
  return Array.from({ length: count }, (_, i) => {
    const roll = r();
    if (roll < 0.15) {
      const unit = pick(['A', '<b>', '%', '😀', 'ab:cd,', '.*']);
      // 2,000 to 6,000 characters once encoded: long enough to hurt, short of the server's 16 KB header limit.
      const encoded = unit === '%' ? 1 : encodeURIComponent(unit).length;
      const value = unit.repeat(Math.floor((2000 + r() * 4000) / encoded));
      return { family: 'very long', value, raw: unit === '%' };
    }
    if (roll < 0.35) return { family: 'random', value: Array.from({ length: 1 + Math.floor(r() * 48) }, () => pick([...ALPHABET])).join('') };
    return FIXED[(start + i) % FIXED.length]!;
  });
}

/** One query string: the value under one parameter, sometimes twice over, sometimes beside a hostile key. */
export function queryFor(param: string, v: FuzzValue, r: () => number): string {
  const value = v.raw ? v.value : encodeURIComponent(v.value);
  const parts = [`${encodeURIComponent(param)}=${value}`];
  const roll = r();
  // A long value goes in once: two copies would pass the 16 KB a server accepts for a request line.
  if (value.length > 1000) return `?${parts.join('&')}`;
  if (roll < 0.2) parts.push(`${encodeURIComponent(param)}=${value}`);
  else if (roll < 0.35) parts.push(`__proto__[polluted]=1`, `constructor[prototype][polluted]=1`);
  else if (roll < 0.45) parts.push(`${value}=${value}`);
  return `?${parts.join('&')}`;
}
