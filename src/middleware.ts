/**
 * During `astro build`, hands each rendered page and endpoint to the build's output step before
 * Astro writes it: HTML gets its modulepreload links, and every text file is compressed on the
 * thread pool while the next pages render (on two cores the build would otherwise compress 150 MB
 * after generation, with one core idle throughout). Anywhere else, and for redirects, the response
 * passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { buildOutput } from './lib/shared/build-output.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const output = buildOutput();
  if (!output || !context.isPrerendered || !response.body || (response.status >= 300 && response.status < 400)) return response;
  const body = await output.page(context.url.pathname, response.status, response.headers.get('content-type') ?? '', new Uint8Array(await response.arrayBuffer()));
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
