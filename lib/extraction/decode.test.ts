import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, decodeArticleBytes } from './decode';

const arabic = 'وصل وزير الخارجية الأميركي أنتوني بلينكن، صباح الأربعاء، إلى العاصمة المصرية القاهرة.';

describe('decodeArticleBytes', () => {
  it('reads UTF-8 and drops a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(arabic, 'utf8')]);
    expect(decodeArticleBytes(bytes, 'a.txt')).toEqual({ text: arabic, encoding: 'utf-8' });
  });
  it('detects windows-1256 and decodes it to the same text', () => {
    const bytes = iconv.encode(arabic, 'windows-1256');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeArticleBytes(bytes, 'a.txt')).toEqual({ text: arabic, encoding: 'windows-1256' });
  });
  it('refuses an empty file and a whitespace-only file', () => {
    expect(() => decodeArticleBytes(Buffer.alloc(0), 'a.txt')).toThrow(/empty file/);
    expect(() => decodeArticleBytes(Buffer.from(' \n\t\r\n ', 'utf8'), 'a.txt')).toThrow(/whitespace only/);
  });
  it('refuses binary data', () => {
    expect(() => decodeArticleBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'a.png')).toThrow(/binary/);
    const controls = Buffer.from('abc' + '\x01\x02\x03\x04'.repeat(10), 'latin1');
    expect(() => decodeArticleBytes(controls, 'a.bin')).toThrow(/control characters/);
  });
  it('refuses a file over the size limit', () => {
    const big = Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61);
    expect(() => decodeArticleBytes(big, 'big.txt')).toThrow(/2 MB/);
    expect(decodeArticleBytes(Buffer.alloc(MAX_ARTICLE_BYTES, 0x61), 'ok.txt').text.length).toBe(MAX_ARTICLE_BYTES);
  });
  it('refuses invalid UTF-8 that is not Arabic windows-1256 either', () => {
    const latin1 = iconv.encode('Le ministre est arrivé au Caire mercredi, déclare-t-il à la presse.', 'latin1');
    expect(() => decodeArticleBytes(latin1, 'fr.txt')).toThrow(/not valid UTF-8/);
  });
  it('refuses UTF-16 with a clear reason', () => {
    expect(() => decodeArticleBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'u16.txt')).toThrow(/UTF-16/);
  });
});
