// The app's HTTP server (started by lib/ops/start.ts in place of `next start`): Next.js's request
// handler behind the public page cache (lib/page-cache). Anonymous GETs of the public pages are
// answered from the cache with a fresh CSP nonce; everything else goes straight to Next.js.
//   NODE_ENV=production PORT=3000 DATABASE_URL=… node --import tsx lib/ops/serve.ts
import http from 'node:http';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import next from 'next';
import { projectRoot } from './database';
import { PageCache, fillRequestHeaders, type Rendered } from '../page-cache/page-cache';
import { listenForPublicPageChanges, registerInProcessCache } from '../page-cache/notify';

const log = (m: string) => process.stdout.write(`[serve] ${m}\n`);

/** How long a cached page may be served without a publication dropping it (the bound on how long
 *  an edit that is not a publish or correction, e.g. to a quoted claim, takes to show). */
export const PAGE_CACHE_SECONDS = Math.max(0, Math.min(3600, Math.trunc(Number(process.env.PAGE_CACHE_SECONDS ?? 60)) || 0));
/** Smallest body worth compressing (as Next.js does, it compresses when the client accepts gzip). */
const GZIP_MIN_BYTES = 1024;

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: start the app with `npm start`');
  const app = next({ dev: false, dir: projectRoot, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const cache = PAGE_CACHE_SECONDS > 0 ? new PageCache({ ttlMs: PAGE_CACHE_SECONDS * 1000 }) : null;
  const listener = cache ? listenForPublicPageChanges(databaseUrl, cache, log) : null;
  if (cache) registerInProcessCache(cache);

  const server = http.createServer((req, res) => {
    const key = cache?.keyOf(req);
    if (!cache || !key) {
      void handle(req, res);
      return;
    }
    const hit = cache.serve(key);
    if (hit) {
      send(req, res, hit.status, hit.headers, hit.body, 'hit');
      return;
    }
    // A miss: one render fills the cache for every request waiting on the same page; if the
    // answer cannot be cached (an error, a cookie), each request is rendered by Next.js itself.
    void cache.fill(key, () => renderOnce(port, req)).then((stored) => {
      const filled = stored ? cache.serve(key) : null;
      if (filled) send(req, res, filled.status, filled.headers, filled.body, 'miss');
      else void handle(req, res);
    });
  });
  // the same keep-alive as `next start`, so load balancers do not reuse a closed connection
  server.keepAliveTimeout = 5000;
  server.listen(port, () => log(`ready on port ${port}${cache ? `, public page cache ${PAGE_CACHE_SECONDS} s` : ', no page cache'}`));

  const stop = () => {
    void listener?.stop();
    server.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function send(req: http.IncomingMessage, res: http.ServerResponse, status: number, headers: Record<string, string | string[]>, body: Buffer, cacheState: 'hit' | 'miss'): void {
  let payload = body;
  const gzip = body.length >= GZIP_MIN_BYTES && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) payload = gzipSync(body, { level: zlibConstants.Z_BEST_SPEED });
  res.writeHead(status, {
    ...headers,
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    'content-length': String(payload.length),
    'x-page-cache': cacheState,
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/** Renders the page through this same server (marked so it skips the cache), uncompressed. */
function renderOnce(port: number, req: http.IncomingMessage): Promise<Rendered> {
  const headers = fillRequestHeaders(req.headers);
  return new Promise((resolve, reject) => {
    const fill = http.request({ host: '127.0.0.1', port, path: req.url, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    fill.setTimeout(30_000, () => fill.destroy(new Error('page render timed out')));
    fill.on('error', reject);
    fill.end();
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`[serve] failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
