// Text helpers private to the stance model. The model's weights are keyed by the strings these
// functions produce, so they live here (not in lib/arabic) on purpose: a change to the shared
// normalizer must not silently shift features under a committed model. Retrain if you edit them.

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ARABIC_INDIC = /[\u0660-\u0669]/g;
const PERSIAN_DIGITS = /[\u06F0-\u06F9]/g;

/** Folds the spelling variants Arabic headlines mix freely (أ/إ/آ, ة/ه, ى/ي, digits). */
export function normalizeForStance(text: string): string {
  return text
    .replace(DIACRITICS, '')
    .replace(ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[٫]/g, '.')
    .replace(/[٬،]/g, ' ')
    .toLowerCase();
}

/** Words and numbers; «بـإجراءات» and «ـ» joins become separate words. */
export function tokenizeForStance(text: string): string[] {
  return normalizeForStance(text).match(/[\u0621-\u064Aa-z]+|\d+(?:[.,]\d+)?/g) ?? [];
}

// Proclitics are stripped only when enough of the word remains, because many roots start with
// the same letters (e.g. «لبنان», «بريطانيا»).
const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف'];
const SUFFIXES = ['هما', 'كما', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'يه', 'يا', 'ه', 'ي'];

/** A light stem: clitics and the commonest inflection suffixes off, at least 3 letters kept. */
export function lightStem(word: string): string {
  let w = word;
  if (/^\d/.test(w)) return w;
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 3) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

/** Character trigrams of a padded word, for soft matching of morphological variants. */
export function charTrigrams(word: string): string[] {
  const padded = `#${word}#`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

export function dice(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  let shared = 0;
  for (const g of a) if (set.has(g)) shared++;
  return (2 * shared) / (a.length + b.length);
}
