/**
 * What can be embedded: every node card, plus each interactive view that registers itself in
 * VIEW_EMBEDS. The embed dialog, the oEmbed documents and the oEmbed discovery links all read this.
 */
import { NODE_CARD_OPTIONS, type EmbedOption } from '../lib/embed-options.ts';
import type { GraphNode } from '../lib/graph.ts';
import { KIND_INFO } from '../lib/kinds.ts';
import { nodePath } from '../lib/urls.ts';
import { href } from './href.ts';

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

export const SITE_NAME = 'Retrieve or Tune';

/**
 * Interactive views with an embed route. A view adds one entry here, for example
 * `{ path: 'decide', page: 'decide/', title: 'Decision matrix on Retrieve or Tune', height: 900, options: DECIDE_EMBED_OPTIONS }`.
 */
export const VIEW_EMBEDS: readonly Embeddable[] = [];

/** The registered embed of a view, by its embed path; a typo fails the build. */
export function viewEmbed(path: string): Embeddable {
  const found = VIEW_EMBEDS.find((e) => e.path === path);
  if (!found) throw new Error(`viewEmbed: no view registered with embed path "${path}" in VIEW_EMBEDS (src/data/embeds.ts)`);
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

/** The site's absolute URL with its base path and a trailing slash, as configured at build time. */
export function siteUrl(): string {
  return new URL(href(), import.meta.env.SITE).href;
}

/** Absolute URL of an embeddable's static oEmbed document. */
export function oembedUrl(embed: Embeddable): string {
  return new URL(href(`oembed/${embed.path}.json`), import.meta.env.SITE).href;
}
