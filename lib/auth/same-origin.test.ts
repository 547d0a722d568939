import { describe, it, expect } from 'vitest';
import { assertSameOrigin } from './guard';

const req = (method: string, headers: Record<string, string>) => new Request('http://app.example/api/x', { method, headers });

describe('assertSameOrigin', () => {
  it('lets reads through and same-origin writes', () => {
    expect(() => assertSameOrigin(req('GET', { origin: 'https://evil.example', host: 'app.example' }))).not.toThrow();
    expect(() => assertSameOrigin(req('POST', { origin: 'http://app.example', host: 'app.example', 'sec-fetch-site': 'same-origin' }))).not.toThrow();
  });
  it('refuses writes from another site, by Origin or by Sec-Fetch-Site', () => {
    expect(() => assertSameOrigin(req('POST', { origin: 'https://evil.example', host: 'app.example' }))).toThrow(/cross-site/);
    expect(() => assertSameOrigin(req('DELETE', { host: 'app.example', 'sec-fetch-site': 'cross-site' }))).toThrow(/cross-site/);
    expect(() => assertSameOrigin(req('POST', { origin: 'null', host: 'app.example' }))).toThrow(/cross-site/);
  });
});
