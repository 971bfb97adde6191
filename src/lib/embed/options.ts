/**
 * Options an embed reads from its URL (`?theme=dark&relations=off`): each a closed set of values
 * with a default, so a hostile or mistyped value falls back to the default with a notice.
 */

export interface EmbedChoice {
  readonly value: string;
  readonly label: string;
}

export interface EmbedOption {
  /** URL parameter and `data-*` attribute name: lowercase kebab-case. */
  readonly name: string;
  /** Label of the control in the embed dialog. */
  readonly label: string;
  readonly choices: readonly EmbedChoice[];
  readonly default: string;
}

export interface OptionProblem {
  readonly name: string;
  readonly value: string;
  readonly message: string;
}

/** Every embed has a theme; the inline theme script applies it before first paint. */
export const THEME_OPTION: EmbedOption = {
  name: 'theme',
  label: 'Theme',
  choices: [
    { value: 'auto', label: 'Follow the reader\'s system' },
    { value: 'light', label: 'Light' },
    { value: 'dark', label: 'Dark' },
  ],
  default: 'auto',
};

/** The node card's own option: relations listed, or folded under a disclosure. */
export const NODE_CARD_OPTIONS: readonly EmbedOption[] = [
  {
    name: 'relations',
    label: 'Relations',
    choices: [
      { value: 'on', label: 'Shown' },
      { value: 'off', label: 'Folded away' },
    ],
    default: 'on',
  },
];

const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** An English list: "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The value of each option in `spec` from `params`, and one problem per value that is not allowed. */
export function readOptions(
  spec: readonly EmbedOption[],
  params: URLSearchParams,
): { values: Record<string, string>; problems: OptionProblem[] } {
  const values: Record<string, string> = {};
  const problems: OptionProblem[] = [];
  for (const option of spec) {
    const raw = params.get(option.name);
    const allowed = option.choices.map((c) => c.value);
    if (raw === null || allowed.includes(raw)) {
      values[option.name] = raw ?? option.default;
      continue;
    }
    values[option.name] = option.default;
    problems.push({
      name: option.name,
      value: raw,
      message: `Ignored ${option.name}=${quote(raw)}: expected ${orList(allowed)}. Showing ${option.default}.`,
    });
  }
  return { values, problems };
}

/** Only the options whose value differs from the default, to keep snippets and URLs short. */
export function nonDefault(spec: readonly EmbedOption[], values: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const option of spec) {
    const v = values[option.name];
    if (v !== undefined && v !== option.default) out[option.name] = v;
  }
  return out;
}
