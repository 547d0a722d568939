// Concepts that outlets name with different words: «الزيارة» / «الجولة», «رهينة» / «محتجز».
// A counted noun or a head word maps to its concept so «105 من المحتجزين» and «نحو 100 رهينة»
// count the same thing, while «240 سجينا» (Palestinian prisoners) does not.
import { normalizeArabic, stem } from '../arabic';

const CONCEPTS: Record<string, string[]> = {
  visit: ['زيار', 'جول', 'زار', 'يزور'],
  killed: ['مقتل', 'قتل', 'قتيل', 'قتلي', 'مصرع', 'ضحاي', 'شهيد', 'شهداء', 'وفا', 'حصيل'],
  wounded: ['جريح', 'جرحي', 'مصاب', 'اصاب'],
  hostage: ['رهين', 'رهائن', 'محتجز', 'مختطف', 'مخطوف'],
  prisoner: ['سجين', 'سجناء', 'اسير', 'اسري', 'معتقل'],
  person: ['شخص', 'اشخاص', 'فرد', 'مدني', 'مواطن', 'نسم'],
  truce: ['هدن', 'تهدئ'],
  phase: ['مرحل', 'مراحل'],
  proposal: ['اقتراح', 'مقترح', 'خطوط', 'خطه', 'صفق', 'مبادر'],
  attack: ['هجوم', 'هجم'],
  war: ['حرب', 'اندلاع', 'نزاع'],
  closed: ['مغلق', 'اغلاق', 'يغلق', 'تغلق'],
};

const PREFIXES = Object.entries(CONCEPTS).flatMap(([c, ps]) => ps.map((p) => [p, c] as const));
PREFIXES.sort((x, y) => y[0].length - x[0].length);

/** Concept of one word, or null. Accepts raw or normalized text. */
export function conceptOf(word: string): string | null {
  const w = stem(normalizeArabic(word));
  const forms = [w, w.replace(/^[لبفك]/, '')];
  for (const f of forms) for (const [p, c] of PREFIXES) if (f.startsWith(p)) return c;
  return null;
}

/** Concept of a counted-noun unit («شخص», «رهينة»), or its stem when unlisted. */
export function unitKey(unit: string | undefined): string | null {
  if (!unit) return null;
  const words = unit.split(/\s+/).filter(Boolean);
  for (const w of words) {
    const c = conceptOf(w);
    if (c) return c;
  }
  return words.length ? stem(normalizeArabic(words[0])) : null;
}

/** People counts: a bare «شخص» is compatible with killed/hostage/… (the verb says which). */
export function areUnitsCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  return a === 'person' || b === 'person';
}
