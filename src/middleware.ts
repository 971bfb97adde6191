/**
 * During `astro build`, hands each rendered page and endpoint to the precompression, so its `.br`
 * and `.gz` are made on the thread pool while the next pages render (on two cores the build would
 * otherwise compress 150 MB after generation, with one core idle throughout). Anywhere else, and for
 * anything but a 200, the response passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { earlyCompression } from './lib/shared/early-compression.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const early = earlyCompression();
  if (!early || response.status !== 200 || !context.isPrerendered) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  await early.add(context.url.pathname, body);
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
