/**
 * Rules that keep a finding honest: it rests on a paper, states a figure (or says the paper gives
 * none), and every number in its figure can be found in the note of where it was read.
 */

/** Relation types a finding uses to say what it bears on. */
export const EVIDENCE_RELATIONS = ['supports', 'contradicts', 'measures'] as const;

/** A figure field that says, in words, that the paper reports no number for this result. */
const NO_FIGURE = /\bgives? no figure\b/i;

/**
 * The numbers written in a text, as printed ("0.875", "37", "1,024"). A digit glued to a letter
 * before it, as in "Llama2" or "Orca2", is part of a name, not a figure, so it is skipped.
 */
export function numbersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z0-9.,])\d+(?:[.,]\d+)*/g)) {
    // A trailing sentence comma or full stop is punctuation, not part of the number.
    out.push(m[0].replace(/[.,]+$/, ''));
  }
  return out;
}

/** True when a figure field carries at least one number or says the paper gives none. */
export function statesFigure(figure: string): boolean {
  return numbersIn(figure).length > 0 || NO_FIGURE.test(figure);
}

/** The numbers of `figure` that do not appear among the numbers of `verified`, in order, without repeats. */
export function unverifiedNumbers(figure: string, verified: string): string[] {
  const seen = new Set(numbersIn(verified));
  return [...new Set(numbersIn(figure).filter((n) => !seen.has(n)))];
}
