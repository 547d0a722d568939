// Fetching an article page for the "import from a URL" form. The server makes the request on an
// editor's behalf, so it is guarded like any outbound fetch from a newsroom server: http/https
// only, every address the name resolves to checked against private and loopback ranges (in the
// socket's own DNS lookup, so a rebinding name cannot slip a second answer past the check), at
// most five redirects each checked again, a deadline for the whole exchange, a cap on the bytes
// read (counted after decompression), and only text or HTML content types.
import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import net from 'node:net';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { decodeArticleBytes, DecodeError, MAX_ARTICLE_BYTES } from '../extraction/decode';
import { htmlToArticle, looksLikeHtml } from './read-article-file';

/** The same 2 MB as one article file: the page is decoded with the same rules as an upload. */
export const MAX_PAGE_BYTES = MAX_ARTICLE_BYTES;
export const FETCH_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 5;
const TEXT_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain|text\/markdown)$/i;

export type FetchFailure =
  | 'invalid_url'
  | 'scheme'
  | 'private_address'
  | 'unreachable'
  | 'timeout'
  | 'http_status'
  | 'content_type'
  | 'too_large'
  | 'too_many_redirects'
  | 'unreadable';

export class FetchUrlError extends Error {
  constructor(
    readonly reason: FetchFailure,
    message: string,
    /** the HTTP status for http_status, the content type for content_type */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'FetchUrlError';
  }
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** loopback and private networks; defaults to IMPORT_ALLOW_PRIVATE_URLS=1 */
  allowPrivate?: boolean;
}

export interface FetchedArticle {
  text: string;
  title: string | null;
  encoding: string;
  /** the address after redirects */
  url: string;
}

export function privateUrlsAllowed(): boolean {
  return process.env.IMPORT_ALLOW_PRIVATE_URLS === '1';
}

const blocked = new net.BlockList();
for (const [net4, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3], // multicast, reserved and broadcast
] as const) {
  blocked.addSubnet(net4, prefix, 'ipv4');
}
for (const [net6, prefix] of [
  ['::', 127], // unspecified and loopback
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  blocked.addSubnet(net6, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1], 'ipv4');
  const family = net.isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export async function fetchArticleUrl(raw: string, opts: FetchOptions = {}): Promise<FetchedArticle> {
  const allowPrivate = opts.allowPrivate ?? privateUrlsAllowed();
  const maxBytes = opts.maxBytes ?? MAX_PAGE_BYTES;
  const deadline = Date.now() + (opts.timeoutMs ?? FETCH_TIMEOUT_MS);
  let url = parseUrl(raw);
  for (let hop = 0; ; hop++) {
    const res = await request(url, { allowPrivate, maxBytes, deadline });
    if (res.location) {
      if (hop >= MAX_REDIRECTS) throw new FetchUrlError('too_many_redirects', `more than ${MAX_REDIRECTS} redirects`);
      url = parseUrl(new URL(res.location, url).toString());
      continue;
    }
    return { ...decodePage(res.body, res.contentType), url: url.toString() };
  }
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchUrlError('invalid_url', 'not a valid address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchUrlError('scheme', `only http and https addresses can be fetched (got ${url.protocol})`);
  if (url.username || url.password) throw new FetchUrlError('invalid_url', 'addresses with a user name or password are not fetched');
  return url;
}

interface RawResponse {
  location?: string;
  body: Buffer;
  contentType: string;
}

function request(url: URL, o: { allowPrivate: boolean; maxBytes: number; deadline: number }): Promise<RawResponse> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!o.allowPrivate && net.isIP(host) && isPrivateAddress(host)) {
    return Promise.reject(new FetchUrlError('private_address', 'the address is on a private or loopback network'));
  }
  const lookup: net.LookupFunction = (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 4);
      const list = addresses as dns.LookupAddress[];
      if (!o.allowPrivate && list.some((a) => isPrivateAddress(a.address))) {
        return callback(new FetchUrlError('private_address', 'the address is on a private or loopback network'), '', 4);
      }
      if ((options as dns.LookupAllOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
  const remaining = o.deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new FetchUrlError('timeout', 'the site took too long to answer'));

  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false;
    const finish = (e: Error | null, value?: RawResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (e) {
        req.destroy();
        reject(e);
      } else resolve(value!);
    };
    const timer = setTimeout(() => finish(new FetchUrlError('timeout', 'the site took too long to answer')), remaining);
    const req = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'GET',
        lookup,
        headers: {
          'user-agent': 'SadaaImporter/0.1 (+fact-checking newsroom tool)',
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          return finish(null, { location: res.headers.location, body: Buffer.alloc(0), contentType: '' });
        }
        if (status < 200 || status >= 300) {
          res.resume();
          return finish(new FetchUrlError('http_status', `the site answered HTTP ${status}`, String(status)));
        }
        const contentType = res.headers['content-type'] ?? '';
        const mime = contentType.split(';')[0].trim();
        if (!TEXT_TYPES.test(mime)) {
          res.resume();
          return finish(new FetchUrlError('content_type', `not a text or HTML page (${mime || 'no content type'})`, mime || undefined));
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > o.maxBytes) {
          res.resume();
          return finish(new FetchUrlError('too_large', `the page is ${declared} bytes, over the ${o.maxBytes} byte limit`));
        }
        const stream = decompress(res, res.headers['content-encoding']);
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > o.maxBytes) {
            stream.destroy();
            return finish(new FetchUrlError('too_large', `the page is over the ${o.maxBytes} byte limit`));
          }
          chunks.push(chunk);
        });
        stream.on('end', () => finish(null, { body: Buffer.concat(chunks), contentType }));
        stream.on('error', () => finish(new FetchUrlError('unreadable', 'the page could not be read (broken compression or connection)')));
      },
    );
    req.on('error', (e) => finish(e instanceof FetchUrlError ? e : new FetchUrlError('unreachable', `the site could not be reached (${(e as NodeJS.ErrnoException).code ?? e.message})`)));
    req.end();
  });
}

function decompress(res: http.IncomingMessage, encoding: string | undefined): Readable {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(zlib.createGunzip());
    case 'deflate':
      return res.pipe(zlib.createInflate());
    case 'br':
      return res.pipe(zlib.createBrotliDecompress());
    default:
      return res;
  }
}

/** Charset from the header, else from a <meta> in the first 2 KB, else detected (UTF-8 or windows-1256). */
export function decodePage(body: Buffer, contentType: string): { text: string; title: string | null; encoding: string } {
  const charset = charsetOf(contentType) ?? metaCharset(body);
  let text: string;
  let encoding: string;
  try {
    if (charset && charset !== 'utf-8' && iconv.encodingExists(charset)) {
      // declared legacy charset: decode with it, then apply the same empty/binary checks
      text = iconv.decode(body, charset);
      encoding = charset;
      decodeArticleBytes(Buffer.from(text, 'utf8'), 'page');
    } else {
      ({ text, encoding } = decodeArticleBytes(body, 'page'));
    }
  } catch (e) {
    if (e instanceof DecodeError && e.reason === 'too_large') throw new FetchUrlError('too_large', e.message);
    throw e;
  }
  const mime = contentType.split(';')[0].trim().toLowerCase();
  if (mime === 'text/html' || mime === 'application/xhtml+xml' || looksLikeHtml(text)) {
    const article = htmlToArticle(text);
    if (!article.text.trim()) throw new DecodeError('the page has no readable article text', 'no_text');
    return { ...article, encoding };
  }
  return { text, title: null, encoding };
}

function charsetOf(contentType: string): string | null {
  const m = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType);
  return m ? normalizeCharset(m[1]) : null;
}

function metaCharset(body: Buffer): string | null {
  const head = body.subarray(0, 2048).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? normalizeCharset(m[1]) : null;
}

function normalizeCharset(name: string): string {
  const n = name.toLowerCase();
  if (n === 'utf8') return 'utf-8';
  if (n === 'cp1256' || n === 'windows1256') return 'windows-1256';
  return n;
}
