/** `node scripts/serve.ts [dir] [port]`: serves a built site; BASE sets the base path, HOST the address. */
import { resolve } from 'node:path';
import { createStaticServer } from './lib/static-server.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
const rawBase = (process.env.BASE ?? '/').trim().replace(/^\/+|\/+$/g, '');
const base = rawBase ? `/${rawBase}/` : '/';
const host = process.env.HOST ?? '127.0.0.1';

createStaticServer({ root, base }).listen(port, host, () => {
  console.log(`Serving ${root} at http://localhost:${port}${base} (Ctrl-C to stop)`);
});
