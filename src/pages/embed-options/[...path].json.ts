/**
 * `/embed-options/graph.json`: every option of a view's embed with all its choices, for the views whose
 * pages carry a cut list (`inlineOptions`); the embed dialog fetches it when it opens.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { viewEmbeds } from '../../data/embeds.ts';
import { json } from '../../data/json.ts';
import { THEME_OPTION, inlineOptions, type EmbedOption } from '../../lib/embed/options.ts';

export const getStaticPaths = (async () =>
  (await viewEmbeds()).flatMap((embed) => {
    const options = [THEME_OPTION, ...embed.options];
    return inlineOptions(options).cut ? [{ params: { path: embed.path }, props: { options } }] : [];
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ options: EmbedOption[] }> = ({ props }) => json(props.options);
