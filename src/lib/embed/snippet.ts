/**
 * The HTML an author pastes to embed a view: the script snippet (placeholder plus embed.js, which
 * resizes the frame) and the plain iframe (for hosts that refuse scripts, and for oEmbed). One
 * builder serves the embed dialog, the oEmbed documents and the README, so they never disagree.
 */
import { embedUrl, isEmbedPath } from './path.ts';

export interface SnippetTarget {
  /** The site's URL with its base path and a trailing slash: `https://example.org/retrieve-or-tune/`. */
  readonly site: string;
  /** Embed path under `embed/`: `node/rag`, `decide`. */
  readonly path: string;
  /** What the frame shows; its `title` and the fallback link's text. */
  readonly title: string;
  /** Site-relative path of the full page, for the fallback link: `approaches/rag/`. */
  readonly page: string;
  /** Options as attribute/parameter name to value, in the order to write them. */
  readonly options?: Readonly<Record<string, string>>;
  /** A fixed height in CSS pixels; without it the script snippet keeps the frame as tall as its content. */
  readonly height?: number;
}

/** Attribute names embed.js reads itself; they are not passed on to the embed as options. */
export const RESERVED_ATTRIBUTES = ['rot-embed', 'height', 'title'] as const;

/** Escapes text for an HTML attribute value or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function check(target: SnippetTarget): void {
  if (!isEmbedPath(target.path)) throw new Error(`snippet: "${target.path}" is not an embed path`);
  for (const name of Object.keys(target.options ?? {})) {
    if (!/^[a-z][a-z0-9-]*$/.test(name) || (RESERVED_ATTRIBUTES as readonly string[]).includes(name)) {
      throw new Error(`snippet: "${name}" cannot be an option name`);
    }
  }
}

/** The full page's absolute URL. */
const pageUrl = (t: SnippetTarget) => new URL(t.page, t.site).href;

/** Placeholder element plus script tag; the link inside is what readers without JavaScript get. */
export function scriptSnippet(target: SnippetTarget): string {
  check(target);
  const attrs = [`data-rot-embed="${escapeHtml(target.path)}"`];
  for (const [name, value] of Object.entries(target.options ?? {})) attrs.push(`data-${name}="${escapeHtml(value)}"`);
  if (target.height !== undefined) attrs.push(`data-height="${Math.round(target.height)}"`);
  return [
    `<div ${attrs.join(' ')}>`,
    `  <a href="${escapeHtml(pageUrl(target))}">${escapeHtml(target.title)}</a>`,
    '</div>',
    `<script src="${escapeHtml(new URL('embed.js', target.site).href)}" async></script>`,
  ].join('\n');
}

/** A plain iframe of a fixed height: no script on the host, so it cannot follow its content's height. */
export function iframeSnippet(target: SnippetTarget & { readonly height: number }): string {
  check(target);
  const src = embedUrl(target.site, target.path, target.options ?? {});
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(target.title)}" width="100%" height="${Math.round(target.height)}" ` +
    `loading="lazy" referrerpolicy="strict-origin-when-cross-origin" style="border:0"></iframe>`
  );
}
