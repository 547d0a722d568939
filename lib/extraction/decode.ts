// Turning uploaded bytes into article text. Shared by the CLI and the web upload, so it uses only
// Uint8Array/Buffer and no Node file APIs. Arabic news files arrive as UTF-8 or, from older
// Windows tools and sites, as windows-1256; anything else is refused with a reason an editor
// can act on rather than decoded into mojibake.
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/**
 * 2 MB: the longest real news article is well under 100 KB, and extraction holds the text and a
 * normalized copy per sentence in memory, so this bounds one upload's cost while leaving room
 * for long reports pasted whole.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** share of control characters (other than tab, newline, carriage return, form feed) we tolerate */
const MAX_CONTROL_RATIO = 0.01;
/** share of letters that must be Arabic for a non-UTF-8 file to be read as windows-1256 */
const MIN_ARABIC_RATIO = 0.5;

export type ArticleEncoding = 'utf-8' | 'windows-1256';
export interface DecodedArticle {
  text: string;
  encoding: ArticleEncoding;
}

/** Why a file was refused: the web app localizes by this code, the CLI prints the message. */
export type DecodeFailure = 'empty' | 'too_large' | 'utf16' | 'binary' | 'encoding' | 'no_text';

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly reason: DecodeFailure = 'no_text',
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

export function decodeArticleBytes(buf: Uint8Array, name: string): DecodedArticle {
  const fail = (message: string, reason: DecodeFailure): never => {
    throw new DecodeError(message, reason);
  };
  if (buf.length === 0) fail('empty file', 'empty');
  if (buf.length > MAX_ARTICLE_BYTES) {
    fail(`file is ${buf.length} bytes, over the ${MAX_ARTICLE_BYTES} byte (2 MB) limit for one article`, 'too_large');
  }
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    fail('UTF-16 text is not supported; save the article as UTF-8', 'utf16');
  }
  if (buf.indexOf(0) !== -1) fail('binary file (contains NUL bytes), not article text', 'binary');

  const hasBom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = hasBom ? buf.subarray(3) : buf;
  let decoded: DecodedArticle;
  try {
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    decoded = decodeLegacy(body, fail);
  }
  checkText(decoded.text, fail);
  void name; // kept in the signature so callers' messages and future per-type rules can use it
  return decoded;
}

function decodeLegacy(body: Uint8Array, fail: (message: string, reason: DecodeFailure) => never): DecodedArticle {
  const guesses = analyse(body).map((m) => m.name.toLowerCase());
  const text = iconv.decode(body, 'windows-1256');
  // chardet's statistics are unreliable on short texts, so the decoded letters have the last word
  if (guesses.includes('windows-1256') || arabicLetterRatio(text) >= MIN_ARABIC_RATIO) {
    return { text, encoding: 'windows-1256' };
  }
  return fail(`not valid UTF-8 and not Arabic windows-1256 text (looks like ${guesses[0] ?? 'an unknown encoding'})`, 'encoding');
}

function arabicLetterRatio(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (/\p{Script=Arabic}/u.test(ch)) arabic++;
  }
  return letters === 0 ? 0 : arabic / letters;
}

function checkText(text: string, fail: (message: string, reason: DecodeFailure) => never): void {
  if (text.trim() === '') fail('no text (the file is empty or whitespace only)', 'no_text');
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) control++;
  }
  if (control / text.length > MAX_CONTROL_RATIO) fail('binary file (too many control characters), not article text', 'binary');
}
