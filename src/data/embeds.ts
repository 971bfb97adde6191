/**
 * What can be embedded: every node card, plus each interactive view that registers itself in
 * VIEW_EMBEDS. The embed dialog, the oEmbed documents and the oEmbed discovery links all read this.
 */
import { SITE_NAME } from './site.ts';
import { DECIDE_PARAMS } from '../lib/decision/url-state.ts';
import { NODE_CARD_OPTIONS, type EmbedOption } from '../lib/embed/options.ts';
import type { GraphNode } from '../lib/graph/model.ts';
import { KIND_INFO } from '../lib/content/kinds.ts';
import { nodePath } from '../lib/shared/urls.ts';
import { href } from './href.ts';
import { knowledge } from './knowledge.ts';

export interface Embeddable {
  /** Path under `embed/`: `node/rag`, `decide`. Also names its oEmbed file. */
  readonly path: string;
  /** Site-relative path of the full page: `approaches/rag/`, `decide/`. */
  readonly page: string;
  /** What the embed shows, for the frame's title, the fallback link and oEmbed. */
  readonly title: string;
  /** Height of a fixed-height frame (plain iframe, oEmbed) in CSS pixels. */
  readonly height: number;
  /** The view's own options, offered in the embed dialog; theme is always offered. */
  readonly options: readonly EmbedOption[];
}

/** URL parameters an embed host adds (theme, resize handshake): views keep them and never report them. */
export const EMBED_HOST_PARAMS = ['theme', 'frame', 'origin'] as const;

/**
 * Interactive views with an embed route, each with its own options. Options may come from the
 * content (the decide view's use-case presets), so the list is built from the knowledge base.
 */
export async function viewEmbeds(): Promise<Embeddable[]> {
  const k = await knowledge();
  const presets = k.nodes
    .flatMap((n) => (n.kind === 'use-cases' ? [{ value: n.id, label: n.data.title }] : []))
    .sort((a, b) => a.label.localeCompare(b.label));
  const preset: EmbedOption = {
    name: DECIDE_PARAMS.preset,
    label: 'Start from use case',
    choices: [{ value: '', label: 'None: the reader answers' }, ...presets],
    default: '',
  };
  const focus: EmbedOption = {
    name: 'focus',
    label: 'Centre on node',
    choices: [{ value: '', label: 'None: the whole graph' }, ...[...k.graph.nodes].sort((a, b) => a.title.localeCompare(b.title)).map((n) => ({ value: n.id, label: n.title }))],
    default: '',
  };
  const layout: EmbedOption = {
    name: 'layout',
    label: 'Layout',
    choices: [
      { value: '', label: 'Connections (force layout)' },
      { value: 'map', label: 'Decision map (placed by what each node favours)' },
    ],
    default: '',
  };
  return [
    { path: 'graph', page: 'graph/', title: `Knowledge graph of RAG and fine-tuning (${SITE_NAME})`, height: 640, options: [focus, layout] },
    { path: 'decide', page: 'decide/', title: `Decision matrix: RAG, fine-tuning or both? (${SITE_NAME})`, height: 1400, options: [preset] },
    { path: 'cost', page: 'cost/', title: `Cost crossover of RAG and fine-tuning (${SITE_NAME})`, height: 1200, options: [] },
  ];
}

/** The registered embed of a view, by its embed path; a typo fails the build. */
export async function viewEmbed(path: string): Promise<Embeddable> {
  const found = (await viewEmbeds()).find((e) => e.path === path);
  if (!found) throw new Error(`viewEmbed: no view registered with embed path "${path}" in viewEmbeds() (src/data/embeds.ts)`);
  return found;
}

/** The embeddable card of one node. */
export function nodeEmbeddable(node: GraphNode): Embeddable {
  return {
    path: `node/${node.id}`,
    page: nodePath(node.kind, node.id),
    title: `${node.title} (${KIND_INFO[node.kind].singular.toLowerCase()}) on ${SITE_NAME}`,
    height: 480,
    options: NODE_CARD_OPTIONS,
  };
}

/** Href of the JSON with every choice of an embeddable's options, for a page that carries a cut list (`inlineOptions`). */
export function embedOptionsHref(embed: Embeddable): string {
  return href(`embed-options/${embed.path}.json`);
}

/** Absolute URL of an embeddable's static oEmbed document. */
export function oembedUrl(embed: Embeddable): string {
  return new URL(href(`oembed/${embed.path}.json`), import.meta.env.SITE).href;
}
