// Sentence segmentation over spans of the original text (offsets are never shifted).
// Arabic news breaks the usual rules: a full stop often has no space after it («قطاع غزة.وتعد»),
// quotes span several clauses, decimals use «.» or «٫», and «..» joins a headline's two halves.

export interface Span {
  start: number;
  end: number;
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '„': '”' };
/** a quote longer than this is not treated as one unit: it is more likely a stray mark */
const MAX_QUOTE = 600;
const CLOSERS = new Set(['"', '”', '»', "'", ')', ']', '’']);
const LATIN_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'prof', 'no', 'vs', 'etc', 'inc', 'co', 'u.s', 'u.n', 'e.g', 'i.e']);
const isDigit = (c: string | undefined) => c !== undefined && /[0-9٠-٩۰-۹]/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isArabicLetter = (c: string | undefined) => c !== undefined && /[\u0621-\u064A\u0671-\u06D3]/.test(c);

/** Where each balanced quote closes, so terminators inside it do not end the sentence. */
function quoteEnds(text: string, start: number, end: number): Map<number, number> {
  const ends = new Map<number, number>();
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // “ « " „ — checked by code so the scan allocates nothing per character
    if (c !== 0x201c && c !== 0xab && c !== 0x22 && c !== 0x201e) continue;
    const close = OPENERS[text[i]];
    const j = text.indexOf(close, i + 1);
    if (j !== -1 && j < end && j - i <= MAX_QUOTE) {
      ends.set(i, j);
      i = j;
    }
  }
  return ends;
}

function isAbbreviation(text: string, dot: number, blockStart: number): boolean {
  let k = dot;
  while (k > blockStart && /[\p{L}.]/u.test(text[k - 1])) k--;
  const word = text.slice(k, dot).toLowerCase();
  // a single letter before the dot: initials («J. Biden») or Arabic abbreviations («د.», «م.»)
  if (word.length === 1) return true;
  return LATIN_ABBREVIATIONS.has(word);
}

/** the characters /\s/ matches */
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

function push(out: Span[], text: string, s: number, e: number): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

export function segmentSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const quotes = quoteEnds(text, start, end);
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const quoteEnd = quotes.size > 0 ? quotes.get(i) : undefined;
    if (quoteEnd !== undefined) {
      i = quoteEnd;
      continue;
    }
    const code = text.charCodeAt(i);
    // . ! ? ؟ … and newline
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x61f && code !== 0x2026 && code !== 0x0a) continue;
    const c = text[i];
    if (c === '.') {
      if (isDigit(text[i - 1]) && isDigit(text[i + 1])) continue; // 1.5
      // «غزة.. بلينكن يصل»: two or more dots join a headline's halves, they do not end it
      if (text[i + 1] === '.' || text[i - 1] === '.') continue;
      const next = text[i + 1];
      // «غزة.وتعد» and «2023.وسبق» split; «Aljazeera.net» and «U.S.» do not
      if (isLetter(next) && !isArabicLetter(next) && !/[A-Z]/.test(next)) continue;
      if (isLetter(next) && !isArabicLetter(next) && isLetter(text[i - 1]) && !isArabicLetter(text[i - 1]) && text[i - 2] !== ' ' && /[A-Z]/.test(text[i - 1])) continue;
      if (isAbbreviation(text, i, start)) continue;
    }
    let e = i + 1;
    while (e < end && CLOSERS.has(text[e])) e++;
    push(out, text, sentenceStart, e);
    sentenceStart = e;
    i = e - 1;
  }
  push(out, text, sentenceStart, end);
  return out;
}
