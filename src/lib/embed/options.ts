/**
 * Options an embed reads from its URL (`?theme=dark&relations=off`): each a closed set of values
 * with a default, so a hostile or mistyped value falls back to the default with a notice.
 */
import { clip, type Notice } from '../shared/url-notice.ts';

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

/** An English list: "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The value of each option in `spec` from `params`, and one notice per value that is not allowed. */
export function readOptions(
  spec: readonly EmbedOption[],
  params: URLSearchParams,
): { values: Record<string, string>; notices: Notice[] } {
  const values: Record<string, string> = {};
  const notices: Notice[] = [];
  for (const option of spec) {
    const raw = params.get(option.name);
    const allowed = option.choices.map((c) => c.value);
    if (raw === null || allowed.includes(raw)) {
      values[option.name] = raw ?? option.default;
      continue;
    }
    values[option.name] = option.default;
    notices.push({ param: option.name, value: clip(raw), reason: `expected ${orList(allowed)}; showing ${option.default}` });
  }
  return { values, notices };
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

/**
 * Most choices an option's select carries in the page itself. The graph's "Centre on node" lists every
 * node: at 2,000 nodes that was 2,000 `<option>`s and their copy in `data-options`, 70 KB gzip of the
 * graph page's 100, parsed before the graph could start; past this the list is fetched when the
 * embed dialog opens.
 */
export const INLINE_CHOICES = 40;

/** The options as a page carries them: each list longer than `limit` cut to its default choice, and whether any was. */
export function inlineOptions(spec: readonly EmbedOption[], limit = INLINE_CHOICES): { options: EmbedOption[]; cut: boolean } {
  let cut = false;
  const options = spec.map((option) => {
    if (option.choices.length <= limit) return option;
    cut = true;
    return { ...option, choices: option.choices.filter((c) => c.value === option.default) };
  });
  return { options, cut };
}
