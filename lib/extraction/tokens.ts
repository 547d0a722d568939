// The token model every slot scanner shares. A sentence is normalized once (lib/arabic) and cut
// into word, number and punctuation tokens; each token keeps its span in the original article so
// a slot's raw text is exactly what the editor sees, whatever diacritics or digit forms it used.
import { normalizeWithOffsets } from '../arabic/normalize';

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
// a figure keeps its separators («1,200», «1.5»).
const TOKEN = /[\p{L}\p{M}]+|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const DIGITS = /^\d/;

export function tokenizeSpan(source: string, start: number, end: number): Tok[] {
  const norm = normalizeWithOffsets(source.slice(start, end));
  const out: Tok[] = [];
  for (const m of norm.text.matchAll(TOKEN)) {
    const ns = m.index;
    const ne = ns + m[0].length;
    const word = m[0];
    const isNum = DIGITS.test(word);
    out.push({ n: word, s: start + norm.offsets[ns], e: start + norm.offsets[ne], ns, ne, isNum, forms: isNum ? [word] : clitics(word) });
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
