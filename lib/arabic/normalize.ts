// Normalization for search and matching keys only. Text shown to editors and readers is stored
// and displayed exactly as received (STYLE.md); these keys fold the spelling variants Arabic news
// uses interchangeably so that «إسرائيل» and «اسرائيل», «١٢٠٠» and «1200» compare equal.

const DROP = -1;

/** char code → replacement char code, or DROP; built once so normalization is a single pass */
const FOLD = new Map<number, number>();
const set = (chars: string, to: string | null) => {
  for (const c of chars) FOLD.set(c.charCodeAt(0), to === null ? DROP : to.charCodeAt(0));
};
set('أإآٱ', 'ا');
set('ؤ', 'و');
set('ئ', 'ي');
set('ة', 'ه');
set('ى', 'ي');
set('،', ',');
set('؛', ';');
set('؟', '?');
// ٫ is the Arabic decimal separator and ٬ the thousands separator: «١٫٥» is 1.5, «١٬٢٠٠» 1,200
set('٫', '.');
set('٬', ',');
set('ـ', null); // tatweel only stretches a word on the page
// harakat, tanwin, shadda, sukun, superscript alef, and Quranic annotation marks
for (let c = 0x064b; c <= 0x065f; c++) FOLD.set(c, DROP);
FOLD.set(0x0670, DROP);
for (let c = 0x06d6; c <= 0x06ed; c++) FOLD.set(c, DROP);
// Arabic-Indic ٠-٩ and Persian/Urdu ۰-۹ digits
for (let d = 0; d < 10; d++) {
  FOLD.set(0x0660 + d, 0x30 + d);
  FOLD.set(0x06f0 + d, 0x30 + d);
}
// ASCII upper case, so Latin names in Arabic prose match regardless of case
for (let c = 0x41; c <= 0x5a; c++) FOLD.set(c, c + 32);

/** Folds alef/hamza forms, ta marbuta, alef maqsura, diacritics, tatweel, digits and punctuation. */
export function normalizeArabic(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const to = FOLD.get(text.charCodeAt(i));
    if (to === undefined) continue;
    out += text.slice(runStart, i);
    if (to !== DROP) out += String.fromCharCode(to);
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

export interface NormalizedText {
  text: string;
  /** offsets[i] is the index in the original of normalized char i; offsets[text.length] = original length */
  offsets: Int32Array;
}

/**
 * The same folding, keeping a map back to the original offsets, so that a pattern found in the
 * normalized text can be reported as a span of the text the editor sees.
 */
export function normalizeWithOffsets(text: string): NormalizedText {
  const codes: number[] = [];
  const offsets = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const to = FOLD.get(c);
    if (to === DROP) continue;
    codes.push(to === undefined ? c : to);
    offsets[n++] = i;
  }
  offsets[n] = text.length;
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return { text: out, offsets: offsets.subarray(0, n + 1) };
}

/** Maps a [start, end) span of normalized text back to the original text. */
export function originalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  // end maps to the next kept char, so marks dropped after the last letter (a shadda or tanwin
  // on it) stay inside the span and the span never ends in the middle of a letter's marks
  return [norm.offsets[start], norm.offsets[end]];
}
