// The token model every slot scanner shares. A sentence is normalized once (lib/arabic) and cut
// into word, number and punctuation tokens; each token keeps its span in the original article so
// a slot's raw text is exactly what the editor sees, whatever diacritics or digit forms it used.
import { normalizeWithOffsets, type NormalizedText } from '../arabic/normalize';

export interface Tok {
  /** normalized text: alef forms folded, ة→ه, ى→ي, no diacritics, ASCII digits */
  n: string;
  /** original span in the article */
  s: number;
  e: number;
  /** span in the normalized sentence, to tell «ال10» (adjacent) from «ال 10» */
  ns: number;
  ne: number;
  isNum: boolean;
  /** n without attached clitics (see clitics), computed once per token */
  forms: readonly string[];
}

// Letters and digits are separate tokens, so «و12» gives «و» + «12» and «الـ10» gives «ال» + «10»;
// a figure keeps its separators («1,200», «1.5»). The rule is the regex
//   [\p{L}\p{M}]+ | \p{N}+(?:[.,]\p{N}+)* | [^\s\p{L}\p{M}\p{N}]
// run as a hand-written scanner over a per-code-unit class table (built once from those same
// Unicode properties), so tokenizing allocates nothing but the tokens themselves.
const C_OTHER = 0;
const C_LETTER = 1; // \p{L} or \p{M}
const C_DIGIT = 2; // \p{N}
const C_SPACE = 3; // \s
const C_SURROGATE = 4; // half of an astral code point: classified by code point when met
const CLASS = new Uint8Array(0x10000);
{
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{N}/u;
  const space = /\s/;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      CLASS[c] = C_SURROGATE;
      continue;
    }
    const ch = String.fromCharCode(c);
    CLASS[c] = letter.test(ch) ? C_LETTER : digit.test(ch) ? C_DIGIT : space.test(ch) ? C_SPACE : C_OTHER;
  }
}
const ASTRAL_LETTER = /^[\p{L}\p{M}]$/u;
const ASTRAL_DIGIT = /^\p{N}$/u;

/** class of the code point at i and its length in code units */
function classAt(text: string, i: number): number {
  const k = CLASS[text.charCodeAt(i)];
  if (k !== C_SURROGATE) return k;
  const cp = text.codePointAt(i) ?? 0;
  if (cp < 0x10000) return C_OTHER; // a lone surrogate
  const ch = String.fromCodePoint(cp);
  return ASTRAL_LETTER.test(ch) ? C_LETTER : ASTRAL_DIGIT.test(ch) ? C_DIGIT : C_OTHER;
}
const widthAt = (text: string, i: number) => (CLASS[text.charCodeAt(i)] === C_SURROGATE && (text.codePointAt(i) ?? 0) >= 0x10000 ? 2 : 1);

export function tokenizeSpan(source: string, start: number, end: number): Tok[] {
  const norm = normalizeWithOffsets(source.slice(start, end));
  return tokenizeNormalized(norm, start, 0, norm.text.length);
}

/**
 * Tokens of norm.text[from, to), where norm is the normalization of the article text starting at
 * `base`: a paragraph is normalized and tokenized once, and its sentences take ranges of that.
 */
export function tokenizeNormalized(norm: NormalizedText, base: number, from: number, to: number): Tok[] {
  const t = norm.text;
  const offsets = norm.offsets;
  const out: Tok[] = [];
  let i = from;
  while (i < to) {
    const k = classAt(t, i);
    if (k === C_SPACE) {
      i++;
      continue;
    }
    const ns = i;
    if (k === C_LETTER) {
      i += widthAt(t, i);
      while (i < to && classAt(t, i) === C_LETTER) i += widthAt(t, i);
    } else if (k === C_DIGIT) {
      i += widthAt(t, i);
      for (;;) {
        while (i < to && classAt(t, i) === C_DIGIT) i += widthAt(t, i);
        const c = t.charCodeAt(i);
        // «1,200», «1.5»: a separator only when a digit follows it
        if (i + 1 < to && (c === 0x2c || c === 0x2e) && classAt(t, i + 1) === C_DIGIT) i++;
        else break;
      }
    } else {
      i += widthAt(t, i);
    }
    const word = t.slice(ns, i);
    const c0 = word.charCodeAt(0);
    const isNum = c0 >= 0x30 && c0 <= 0x39;
    out.push({ n: word, s: base + offsets[ns], e: base + offsets[i], ns, ne: i, isNum, forms: isNum ? [word] : clitics(word) });
  }
  return out;
}

/** Parses an ASCII figure with optional thousands commas and decimal point. */
export function parseDigits(n: string): number {
  const compact = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(n) ? n.replace(/,/g, '') : n;
  return Number(compact);
}

const ONE_LETTER = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const TWO_LETTER = new Set(['وب', 'ول', 'وك', 'فب', 'فل', 'فك']);

/**
 * Spellings of a word without the clitics Arabic attaches to it: و/ف (and), ب/ل/ك (in, for, as),
 * and «لل» (for the) which is ل + ال with the alef elided. «وللثامنة» yields «للثامنه», «الثامنه» …
 */
const cliticCache = new Map<string, readonly string[]>();
/** bounded so a long-running process reading varied text does not grow without limit */
const CLITIC_CACHE_MAX = 50000;

export function clitics(word: string): readonly string[] {
  let forms = cliticCache.get(word);
  if (forms === undefined) {
    if (cliticCache.size >= CLITIC_CACHE_MAX) cliticCache.clear();
    forms = computeClitics(word);
    cliticCache.set(word, forms);
  }
  return forms;
}

function computeClitics(word: string): string[] {
  const out = [word];
  if (word.length > 2 && ONE_LETTER.has(word[0])) out.push(word.slice(1));
  if (word.length > 3 && TWO_LETTER.has(word.slice(0, 2))) out.push(word.slice(2));
  for (const w of out.slice()) if (w.length > 3 && w.startsWith('لل')) out.push('ال' + w.slice(2));
  return out;
}

/** Looks a token up in a table, trying it with clitics removed. */
export function lookup<T>(table: ReadonlyMap<string, T>, word: string): T | undefined {
  const direct = table.get(word);
  if (direct !== undefined) return direct;
  for (const w of clitics(word)) {
    const v = table.get(w);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Whether tokens from i spell the phrase (normalized words); the first may carry clitics. */
export function phraseAt(toks: Tok[], i: number, phrase: readonly string[]): boolean {
  if (i < 0 || i + phrase.length > toks.length) return false;
  if (!toks[i].forms.includes(phrase[0])) return false;
  for (let k = 1; k < phrase.length; k++) if (toks[i + k].n !== phrase[k]) return false;
  return true;
}

/** The phrase from a list that ends right before token i (longest first); returns its start. */
export function phraseEndingAt<P extends { words: readonly string[] }>(toks: Tok[], i: number, phrases: readonly P[]): { phrase: P; start: number } | null {
  for (const p of phrases) {
    const start = i - p.words.length;
    if (phraseAt(toks, start, p.words)) return { phrase: p, start };
  }
  return null;
}

/** `lookup` for a token: its clitic forms are already computed, so no cache probe is needed. */
export function lookupTok<T>(table: ReadonlyMap<string, T>, tok: Tok | undefined): T | undefined {
  if (tok === undefined) return undefined;
  const forms = tok.forms;
  for (let k = 0; k < forms.length; k++) {
    const v = table.get(forms[k]);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Whether any clitic form of the token is in the set. */
export function formsIn(tok: Tok | undefined, set: ReadonlySet<string>): boolean {
  if (tok === undefined) return false;
  const forms = tok.forms;
  for (let k = 0; k < forms.length; k++) if (set.has(forms[k])) return true;
  return false;
}
