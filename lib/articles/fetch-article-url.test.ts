import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { fetchArticleUrl, FetchUrlError, isPrivateAddress, MAX_PAGE_BYTES } from './fetch-article-url';

const ARABIC = 'قال وزير الصحة إن نحو 1200 شخص أصيبوا في الحادث، وأضاف أن المستشفيات استقبلت 300 جريح.';

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    switch (req.url) {
      case '/cp1256':
        res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1256' });
        return res.end(iconv.encode(ARABIC, 'windows-1256'));
      case '/meta-cp1256':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(Buffer.concat([Buffer.from('<html><head><meta charset="windows-1256"><title>t</title></head><body><article><p>'), iconv.encode(ARABIC, 'windows-1256'), Buffer.from('</p></article></body></html>')]));
      case '/page':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(
          `<!doctype html><html><head><title>عنوان الخبر</title><style>p{color:red}</style><script>alert(1)</script></head><body><nav>القائمة الرئيسية</nav><article><h1>عنوان الخبر</h1><p>${ARABIC}</p><p>وأكد المتحدث أن التحقيق مستمر. <a href="javascript:alert(2)">رابط</a><img src=x onerror="alert(3)"></p></article></body></html>`,
        );
      case '/redirect':
        res.writeHead(302, { location: '/page' });
        return res.end();
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/html' });
        return res.end('<p>not found</p>');
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(MAX_PAGE_BYTES + 1) });
        return res.end();
      case '/huge-chunked': {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        const chunk = Buffer.alloc(64 * 1024, 'ا');
        let sent = 0;
        const pump = () => {
          while (sent <= MAX_PAGE_BYTES + chunk.length) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        return pump();
      }
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('بداية');
        return; // never ends
      default:
        res.writeHead(500);
        res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const allow = { allowPrivate: true };
async function reasonOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof FetchUrlError ? e.reason : `other: ${(e as Error).message}`;
  }
  return 'no error';
}

describe('fetchArticleUrl', () => {
  const saved = process.env.IMPORT_ALLOW_PRIVATE_URLS;
  afterEach(() => {
    if (saved === undefined) delete process.env.IMPORT_ALLOW_PRIVATE_URLS;
    else process.env.IMPORT_ALLOW_PRIVATE_URLS = saved;
  });

  it('decodes windows-1256 declared in the Content-Type header', async () => {
    const page = await fetchArticleUrl(`${base}/cp1256`, allow);
    expect(page.text).toBe(ARABIC);
    expect(page.encoding).toBe('windows-1256');
  });

  it('decodes windows-1256 declared in a <meta charset>', async () => {
    const page = await fetchArticleUrl(`${base}/meta-cp1256`, allow);
    expect(page.text).toContain(ARABIC);
  });

  it('reduces an HTML page to its article text: no script, style, handler or javascript: link', async () => {
    const page = await fetchArticleUrl(`${base}/page`, allow);
    expect(page.text).toContain(ARABIC);
    expect(page.text).toContain('وأكد المتحدث أن التحقيق مستمر.');
    for (const bad of ['alert', 'color:red', 'javascript', 'onerror', '<']) expect(page.text).not.toContain(bad);
    expect(page.title).toBe('عنوان الخبر');
  });

  it('follows a redirect and reports the final address', async () => {
    const page = await fetchArticleUrl(`${base}/redirect`, allow);
    expect(page.url).toBe(`${base}/page`);
  });

  it('refuses a 404 with the status', async () => {
    await expect(fetchArticleUrl(`${base}/missing`, allow)).rejects.toMatchObject({ reason: 'http_status', detail: '404' });
  });

  it('refuses a binary content type', async () => {
    expect(await reasonOf(fetchArticleUrl(`${base}/image`, allow))).toBe('content_type');
  });

  it('refuses a page over the size cap, declared or streamed', async () => {
    expect(await reasonOf(fetchArticleUrl(`${base}/huge-declared`, allow))).toBe('too_large');
    expect(await reasonOf(fetchArticleUrl(`${base}/huge-chunked`, allow))).toBe('too_large');
  });

  it('gives up after the timeout', async () => {
    const started = Date.now();
    expect(await reasonOf(fetchArticleUrl(`${base}/slow`, { ...allow, timeoutMs: 300 }))).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('refuses loopback and private addresses unless IMPORT_ALLOW_PRIVATE_URLS=1', async () => {
    delete process.env.IMPORT_ALLOW_PRIVATE_URLS;
    expect(await reasonOf(fetchArticleUrl(`${base}/page`))).toBe('private_address');
    // a name that resolves to loopback is refused at the socket's DNS lookup
    expect(await reasonOf(fetchArticleUrl(`${base.replace('127.0.0.1', 'localhost')}/page`))).toBe('private_address');
    process.env.IMPORT_ALLOW_PRIVATE_URLS = '1';
    expect((await fetchArticleUrl(`${base}/page`)).text).toContain(ARABIC);
  });

  it('refuses other schemes and unreachable hosts', async () => {
    expect(await reasonOf(fetchArticleUrl('file:///etc/passwd'))).toBe('scheme');
    expect(await reasonOf(fetchArticleUrl('javascript:alert(1)'))).toBe('scheme');
    expect(await reasonOf(fetchArticleUrl('not a url'))).toBe('invalid_url');
    expect(await reasonOf(fetchArticleUrl('http://127.0.0.1:1/', allow))).toBe('unreachable');
  });

  it('classifies addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '0.0.0.0']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '185.199.108.153', '2606:4700::1111']) expect(isPrivateAddress(a), a).toBe(false);
  });
});
