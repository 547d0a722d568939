// A full-page cache for anonymous public pages, in front of Next.js (lib/ops/serve.ts).
//
// Why not Next's own cache: every page carries a per-response CSP nonce (proxy.ts), so a page
// rendered once and served again by Next would carry a stale nonce and its scripts would be
// blocked; the pages are therefore rendered per request, ~15 ms of CPU each. Here a rendered page
// is kept with its nonce cut out (`parts`), and each response gets a fresh nonce put back in the
// body and in the headers that named it (Content-Security-Policy, Link), so the policy stays
// "scripts only with this response's nonce" while the page is rendered once.
//
// What is cached: GET/HEAD of a fixed list of public paths (PUBLIC_PATHS), without a query string,
// without a session cookie and without Next's client-navigation headers; the answer only if it is
// a 200 (or the 404 of a fact-check slug) with no cookie other than the locale one. Entries expire
// after `ttlMs` and all of them are dropped when a fact-check is published or corrected
// (`invalidate()`, called in-process and through PostgreSQL LISTEN/NOTIFY from every instance:
// lib/page-cache/notify.ts). The cache is per process and bounded in entries and bytes.
import { randomUUID } from 'node:crypto';

/** Paths whose answer is the same for every anonymous reader. */
const PUBLIC_PATHS = [
  /^\/(ar|en)$/,
  /^\/(ar|en)\/fact-checks$/,
  /^\/(ar|en)\/fact-checks\/[a-z0-9-]{1,200}$/,
  /^\/sitemap\.xml$/,
  /^\/robots\.txt$/,
  /^\/feeds\/[a-z0-9.-]{1,40}$/,
];
/** A 404 is kept only for these (an unknown or unpublished slug; publishing drops it). */
const NOT_FOUND_CACHEABLE = /^\/(ar|en)\/fact-checks\/[a-z0-9-]{1,200}$/;
/** Request headers with which Next.js answers something other than the page's HTML. */
const NEXT_CLIENT_HEADERS = ['rsc', 'next-action', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch'];
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;
/** The only cookie a cacheable answer may set: next-intl's, which depends on the URL alone. */
const LOCALE_COOKIE = /^NEXT_LOCALE=(ar|en);/;
/** Response headers not stored: per connection, per response, or recomputed when serving. */
const DROPPED_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'x-page-cache']);
const CONTENT_TYPES = /^(text\/html|application\/xml|text\/xml|application\/atom\+xml|text\/plain)\b/;
const NONCE_IN_CSP = /'nonce-([A-Za-z0-9+/=]{16,})'/;

export const FILL_HEADER = 'x-page-cache-fill';
/**
 * The fill's own User-Agent. Next.js streams a page's metadata into <body> for a request without
 * one, whatever `htmlLimitedBots` says; the cached copy goes to crawlers too, so it must have its
 * metadata in <head> (next.config.ts sets `htmlLimitedBots: /.*\/`, which this matches).
 */
export const FILL_USER_AGENT = 'sadaa-page-cache';

/** Headers of the request that renders a page for the cache: only those the page depends on. */
export function fillRequestHeaders(from: Record<string, string | string[] | undefined>): Record<string, string> {
  const headers: Record<string, string> = { [FILL_HEADER]: '1', 'accept-encoding': 'identity', accept: 'text/html', 'user-agent': FILL_USER_AGENT };
  for (const name of ['host', 'x-forwarded-host', 'x-forwarded-proto', 'accept-language']) {
    const v = from[name];
    if (typeof v === 'string') headers[name] = v;
  }
  return headers;
}

export interface RequestLike {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** What a fill brought back from Next.js, before it is stored. */
export interface Rendered {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

interface Entry {
  status: number;
  /** header name → value split on the nonce (one part when the value does not contain it); a
   *  name that came with several values (Set-Cookie) appears once per value */
  headers: [string, string[]][];
  /** the body's bytes split on the nonce */
  body: Buffer[];
  bytes: number;
  expiresAt: number;
}

export interface ServedPage {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

export interface PageCacheOptions {
  ttlMs: number;
  maxEntries?: number;
  maxBytes?: number;
  now?: () => number;
  newNonce?: () => string;
}

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly fills = new Map<string, Promise<boolean>>();
  private bytes = 0;
  /** Bumped by invalidate(): a fill that started before it is not stored. */
  private generation = 0;
  private enabled = true;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly now: () => number;
  private readonly newNonce: () => string;

  constructor(options: PageCacheOptions) {
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? 500;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.now = options.now ?? Date.now;
    this.newNonce = options.newNonce ?? (() => Buffer.from(randomUUID()).toString('base64'));
  }

  /** The cache key of a request that may be answered from the cache, or null. */
  keyOf(req: RequestLike): string | null {
    if (!this.enabled) return null;
    if (req.method !== 'GET' && req.method !== 'HEAD') return null;
    const url = req.url ?? '';
    if (url.includes('?') || url.includes('#')) return null;
    if (!PUBLIC_PATHS.some((p) => p.test(url))) return null;
    const h = req.headers;
    if (h[FILL_HEADER] !== undefined) return null;
    if (NEXT_CLIENT_HEADERS.some((name) => h[name] !== undefined)) return null;
    const cookie = header(h.cookie);
    if (cookie && SESSION_COOKIE.test(cookie)) return null;
    // absolute URLs in the page (hreflang Link header, canonical) come from these
    return [header(h.host), header(h['x-forwarded-host']), header(h['x-forwarded-proto']), url].join('\n');
  }

  /** The cached answer for `key` with a fresh nonce, or null when there is none (or it expired). */
  serve(key: string): ServedPage | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      this.remove(key, entry);
      return null;
    }
    const nonce = this.newNonce();
    const headers: Record<string, string | string[]> = {};
    for (const [name, parts] of entry.headers) {
      const value = parts.join(nonce);
      const before = headers[name];
      headers[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
    }
    return { status: entry.status, headers, body: joinBuffers(entry.body, Buffer.from(nonce)) };
  }

  /**
   * Fills `key` once however many requests miss it at the same time (the others wait for the
   * same render). Resolves true when the answer is now cached.
   */
  fill(key: string, render: () => Promise<Rendered>): Promise<boolean> {
    const running = this.fills.get(key);
    if (running) return running;
    const generation = this.generation;
    const url = key.slice(key.lastIndexOf('\n') + 1);
    const done = render()
      .then((rendered) => generation === this.generation && this.enabled && this.store(key, url, rendered))
      .catch(() => false)
      .finally(() => this.fills.delete(key));
    this.fills.set(key, done);
    return done;
  }

  /** Drops every entry (a fact-check was published or corrected somewhere). */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  /** Without a way to hear about publications (the LISTEN connection is down), nothing is cached. */
  setEnabled(enabled: boolean): void {
    if (this.enabled !== enabled) this.invalidate();
    this.enabled = enabled;
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private store(key: string, url: string, rendered: Rendered): boolean {
    const ok = rendered.status === 200 || (rendered.status === 404 && NOT_FOUND_CACHEABLE.test(url));
    if (!ok) return false;
    const type = header(rendered.headers['content-type']);
    if (!type || !CONTENT_TYPES.test(type)) return false;
    const cookies = rendered.headers['set-cookie'];
    const cookieList = cookies === undefined ? [] : Array.isArray(cookies) ? cookies : [cookies];
    if (cookieList.some((c) => !LOCALE_COOKIE.test(c))) return false;
    if (rendered.body.length > this.maxBytes / 8) return false;

    const nonce = NONCE_IN_CSP.exec(header(rendered.headers['content-security-policy']) ?? '')?.[1];
    const split = (s: string) => (nonce ? s.split(nonce) : [s]);
    const headers: [string, string[]][] = [];
    for (const [name, value] of Object.entries(rendered.headers)) {
      if (value === undefined || DROPPED_HEADERS.has(name.toLowerCase())) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.push([name.toLowerCase(), split(v)]);
    }
    const entry: Entry = {
      status: rendered.status,
      headers,
      body: nonce ? splitBuffer(rendered.body, Buffer.from(nonce)) : [rendered.body],
      bytes: rendered.body.length,
      expiresAt: this.now() + this.ttlMs,
    };
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    // oldest first (Map keeps insertion order)
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.remove(k, e);
    }
    return true;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

function splitBuffer(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, from)) {
    parts.push(body.subarray(from, at));
    from = at + separator.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

function joinBuffers(parts: Buffer[], separator: Buffer): Buffer {
  if (parts.length === 1) return parts[0];
  const out = Buffer.allocUnsafe(parts.reduce((n, p) => n + p.length, 0) + separator.length * (parts.length - 1));
  let at = 0;
  parts.forEach((p, i) => {
    if (i > 0) at += separator.copy(out, at);
    at += p.copy(out, at);
  });
  return out;
}

function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v.join(', ') : v;
}
