// A light stemmer in the spirit of Larkey, Ballesteros & Connell's "light10" (2007): strip the
// conjunction و, the article and its attached prepositions, and a few inflectional suffixes,
// without root extraction. We tried Snowball-Arabic (npm snowball-stemmers): it turns «بلينكن»
// into «لين» and «وزير» into «زير», which would merge unrelated names in claim matching; light
// stemming keeps proper nouns whole. Input is expected to be normalized (normalizeArabic).

// Normalized spellings (ة→ه, ى→ي), longest first so «وال» wins over «و».
const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
/** words where the leading و belongs to the root, so «وزير» and «الوزير» stem alike */
const ROOT_WAW = /^(?:وزير|وزار|وكال|وقف|وفد|وصل|وصول|وفق|وقت|ولاي|وسط|وطن|واشنطن|وثيق|وجه|ولد|وحد|وضع|وعد|وقع|وجود|ورق|وفا)/;
const MIN_STEM = 3;

export function stem(token: string): string {
  let w = token;
  if (w.length >= MIN_STEM + 1 && w.charCodeAt(0) === 0x0648 /* و */ && !ROOT_WAW.test(w)) w = w.slice(1);
  for (const a of ARTICLES) {
    if (w.startsWith(a) && w.length - a.length >= 2) {
      w = w.slice(a.length);
      break;
    }
  }
  // light10 tries each suffix once, in order, so «فلسطينيين» → «فلسطيني» → «فلسطين»
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= MIN_STEM) w = w.slice(0, -s.length);
  }
  return w;
}
