import { describe, expect, it } from 'vitest';
import { PageCache, FILL_HEADER, FILL_USER_AGENT, fillRequestHeaders, type Rendered } from './page-cache';
import nextConfig from '../../next.config';

const NONCE = 'ZmlsbC1ub25jZS0wMDAwMDAwMDAwMDA=';
const page = (over: Partial<Rendered> = {}): Rendered => ({
  status: 200,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `default-src 'self'; script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`,
    link: `</_next/static/a.css>; rel=preload; as="style"; nonce="${NONCE}"`,
    'set-cookie': ['NEXT_LOCALE=ar; Path=/; SameSite=lax'],
    date: 'Thu, 26 Nov 2026 06:00:00 GMT',
    'transfer-encoding': 'chunked',
  },
  body: Buffer.from(`<html><script nonce="${NONCE}">a()</script><p>نص عربي</p><script nonce="${NONCE}" src="/b.js"></script></html>`),
  ...over,
});
const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers: { host: 'localhost:3000', ...headers } });

function cacheWith(now = { t: 0 }) {
  let n = 0;
  return new PageCache({ ttlMs: 60_000, now: () => now.t, newNonce: () => `fresh${++n}` });
}

describe('PageCache.keyOf: which requests may be answered from the cache', () => {
  const cache = cacheWith();
  it('takes GET and HEAD of the public pages', () => {
    for (const url of ['/ar', '/en', '/ar/fact-checks', '/en/fact-checks/blinken-visit-2024', '/sitemap.xml', '/robots.txt', '/feeds/ar.xml']) {
      expect(cache.keyOf(req(url)), url).not.toBeNull();
    }
    expect(cache.keyOf(req('/ar', {}, 'HEAD'))).not.toBeNull();
  });
  it('refuses everything else', () => {
    const refused = [
      req('/ar/fact-checks', {}, 'POST'),
      req('/ar/fact-checks?q=بلينكن'),
      req('/ar/fact-checks/x?page=2'),
      req('/ar/editor/claims'),
      req('/ar/articles/1'),
      req('/api/public/fact-checks'),
      req('/ar/fact-checks/UPPER'),
      req('/'),
      req('/ar', { cookie: 'NEXT_LOCALE=ar; better-auth.session_token=abc' }),
      req('/ar', { cookie: '__Secure-better-auth.session_token=abc' }),
      req('/ar', { rsc: '1' }),
      req('/ar', { 'next-action': 'abc' }),
      req('/ar', { 'next-router-prefetch': '1' }),
      req('/ar', { [FILL_HEADER]: '1' }),
    ];
    for (const r of refused) expect(cache.keyOf(r), JSON.stringify(r)).toBeNull();
  });
  it('keeps pages for different hosts apart (absolute URLs in the page come from the host)', () => {
    expect(cache.keyOf(req('/ar', { host: 'a.example' }))).not.toBe(cache.keyOf(req('/ar', { host: 'b.example' })));
    expect(cache.keyOf(req('/ar', { 'x-forwarded-proto': 'https' }))).not.toBe(cache.keyOf(req('/ar')));
  });
});

describe('PageCache: serving with a fresh nonce', () => {
  it('puts a new nonce wherever the rendered one was, in the body and the headers', async () => {
    const cache = cacheWith();
    const key = cache.keyOf(req('/ar/fact-checks/x'))!;
    expect(cache.serve(key)).toBeNull();
    expect(await cache.fill(key, async () => page())).toBe(true);
    const one = cache.serve(key)!;
    const two = cache.serve(key)!;
    const body = one.body.toString('utf8');
    expect(body).toBe('<html><script nonce="fresh1">a()</script><p>نص عربي</p><script nonce="fresh1" src="/b.js"></script></html>');
    expect(body).not.toContain(NONCE);
    expect(one.headers['content-security-policy']).toBe("default-src 'self'; script-src 'self' 'nonce-fresh1' 'strict-dynamic'");
    expect(one.headers.link).toContain('nonce="fresh1"');
    expect(two.body.toString('utf8')).toContain('nonce="fresh2"');
    expect(two.headers['content-security-policy']).toContain("'nonce-fresh2'");
    // per-response and per-connection headers are not replayed
    expect(one.headers.date).toBeUndefined();
    expect(one.headers['transfer-encoding']).toBeUndefined();
    expect(one.headers['set-cookie']).toBe('NEXT_LOCALE=ar; Path=/; SameSite=lax');
  });

  it('renders once for any number of simultaneous misses', async () => {
    const cache = cacheWith();
    const key = cache.keyOf(req('/ar'))!;
    let renders = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const render = async () => {
      renders++;
      await gate;
      return page();
    };
    const waiting = Array.from({ length: 20 }, () => cache.fill(key, render));
    release();
    expect(await Promise.all(waiting)).toEqual(Array(20).fill(true));
    expect(renders).toBe(1);
  });

  it('stores only answers that are the same for every reader', async () => {
    const cache = cacheWith();
    const key = (u: string) => cache.keyOf(req(u))!;
    expect(await cache.fill(key('/ar'), async () => page({ status: 500 }))).toBe(false);
    expect(await cache.fill(key('/en'), async () => page({ status: 404 }))).toBe(false);
    expect(await cache.fill(key('/ar/fact-checks/draft-slug'), async () => page({ status: 404 }))).toBe(true);
    expect(await cache.fill(key('/ar/fact-checks'), async () => page({ headers: { ...page().headers, 'set-cookie': ['session=1; HttpOnly'] } }))).toBe(false);
    expect(await cache.fill(key('/sitemap.xml'), async () => page({ headers: { 'content-type': 'application/octet-stream' } }))).toBe(false);
    expect(await cache.fill(key('/robots.txt'), async () => page({ status: 302 }))).toBe(false);
    expect(await cache.fill(key('/feeds/ar.xml'), async () => Promise.reject(new Error('render failed')))).toBe(false);
    expect(cache.size.entries).toBe(1);
  });
});

describe('PageCache: expiry and invalidation', () => {
  it('expires entries after the TTL', async () => {
    const now = { t: 0 };
    const cache = cacheWith(now);
    const key = cache.keyOf(req('/ar'))!;
    await cache.fill(key, async () => page());
    now.t = 59_999;
    expect(cache.serve(key)).not.toBeNull();
    now.t = 60_000;
    expect(cache.serve(key)).toBeNull();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  it('drops everything on invalidate, and does not store a render that started before it', async () => {
    const cache = cacheWith();
    const key = cache.keyOf(req('/ar'))!;
    await cache.fill(key, async () => page());
    cache.invalidate();
    expect(cache.serve(key)).toBeNull();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const stale = cache.fill(key, async () => {
      await gate;
      return page();
    });
    cache.invalidate(); // a publication lands while the old version is being rendered
    release();
    expect(await stale).toBe(false);
    expect(cache.serve(key)).toBeNull();
  });

  it('caches nothing while disabled (no way to hear about publications)', async () => {
    const cache = cacheWith();
    cache.setEnabled(false);
    expect(cache.keyOf(req('/ar'))).toBeNull();
    cache.setEnabled(true);
    expect(cache.keyOf(req('/ar'))).not.toBeNull();
  });

  it('is bounded: the oldest entries go first', async () => {
    const cache = new PageCache({ ttlMs: 60_000, maxEntries: 3 });
    for (const slug of ['a', 'b', 'c', 'd']) await cache.fill(cache.keyOf(req(`/ar/fact-checks/${slug}`))!, async () => page());
    expect(cache.size.entries).toBe(3);
    expect(cache.serve(cache.keyOf(req('/ar/fact-checks/a'))!)).toBeNull();
    expect(cache.serve(cache.keyOf(req('/ar/fact-checks/d'))!)).not.toBeNull();
  });
});

describe('fillRequestHeaders: the request that renders a page for the cache', () => {
  it('carries a User-Agent that htmlLimitedBots matches, so the shared copy has its metadata in <head>', () => {
    const h = fillRequestHeaders({ host: 'localhost:3000', 'accept-language': 'ar', 'user-agent': 'Twitterbot/1.0', cookie: 'NEXT_LOCALE=en' });
    expect(h['user-agent']).toBe(FILL_USER_AGENT);
    const bots = nextConfig.htmlLimitedBots;
    expect(bots).toBeInstanceOf(RegExp);
    expect((bots as RegExp).test(h['user-agent'])).toBe(true);
  });

  it('passes only what the page depends on, and marks itself so it skips the cache', () => {
    const h = fillRequestHeaders({ host: 'localhost:3000', 'x-forwarded-proto': 'https', 'accept-language': 'ar', cookie: 'NEXT_LOCALE=en', authorization: 'Bearer x' });
    expect(h).toEqual({ [FILL_HEADER]: '1', 'accept-encoding': 'identity', accept: 'text/html', 'user-agent': FILL_USER_AGENT, host: 'localhost:3000', 'x-forwarded-proto': 'https', 'accept-language': 'ar' });
    expect(cacheWith().keyOf({ method: 'GET', url: '/ar', headers: h })).toBeNull();
  });
});
