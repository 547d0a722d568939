// People named after their title, as Arabic news introduces them: the title, then its genitive
// complement and adjectives, then the name — «وزير الخارجية الأمريكي أنتوني بلينكن», «المتحدث باسم
// وزارة الخارجية الأمريكية ماثيو ميلر», «مدير مكتب الإعلام الحكومي في غزة إسماعيل الثوابتة». The walk
// is a small grammar rather than a stop list, so a long title is read to its end and a name after it
// is found however many words the office takes. Entities use it to find people the gazetteer lacks;
// attribution uses it to read whole speaker phrases and to remember who «الوزير» is.
import { normalizeArabic } from '../arabic/normalize';
import { isStopword } from '../arabic/stopwords';
import type { AliasIndex } from './gazetteer-index';
import { aliasAt, BASE_INDEX } from './gazetteer-index';
import { MONTHS, WEEKDAYS } from './lexicon';
import { formsIn, lookupTok, type Tok } from './tokens';

const n = normalizeArabic;
/** role nouns; the role of «ووزيرة» or «الوزير» is «وزير» (the feminine folds to the masculine) */
const ROLE_BASES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['وزير', 'وزير'], ['وزيرة', 'وزير'], ['متحدث', 'متحدث'], ['متحدثة', 'متحدث'], ['ناطق', 'متحدث'], ['ناطقة', 'متحدث'],
      ['رئيس', 'رئيس'], ['رئيسة', 'رئيس'], ['مدير', 'مدير'], ['مديرة', 'مدير'], ['سفير', 'سفير'], ['سفيرة', 'سفير'],
      ['أمين', 'أمين'], ['مبعوث', 'مبعوث'], ['مبعوثة', 'مبعوث'], ['مستشار', 'مستشار'], ['مستشارة', 'مستشار'],
      ['قائد', 'قائد'], ['نائب', 'نائب'], ['مندوب', 'مندوب'], ['مندوبة', 'مندوب'], ['ملك', 'ملك'], ['أمير', 'أمير'],
      ['شيخ', 'شيخ'], ['لواء', 'لواء'], ['عميد', 'عميد'], ['منسق', 'منسق'], ['منسقة', 'منسق'], ['مفوض', 'مفوض'],
      ['زعيم', 'زعيم'], ['رئيسي', ''],
    ] as const
  )
    .filter(([, base]) => base !== '')
    .flatMap(([w, base]): Array<[string, string]> => [[n(w), n(base)], ['ال' + n(w), n(base)]]),
);
export const ROLE_HEADS: ReadonlySet<string> = new Set(ROLE_BASES.keys());

/** nouns that head an office or body inside a title: «باسم وزارة», «مكتب الإعلام», «وكالة الاستخبارات» */
const OFFICE_NOUNS = new Set(
  'باسم وزارة وكالة هيئة مجلس حركة جيش مكتب حكومة دائرة جهاز لجنة منظمة إدارة مركز سلطة مؤسسة قوات شؤون الشؤون الأمن مصلحة بعثة برنامج صندوق الوزراء الحكومة الخارجية الدفاع الداخلية المخابرات الاستخبارات'
    .split(' ')
    .map(n),
);
const NAME_STOP = new Set(['في', 'من', 'عن', 'علي', 'الي', 'ان', 'انه', 'قد', 'يوم', 'اليوم', 'امس', 'صباح', 'مساء', 'نهايه', 'مطلع', 'خلال', 'بعد', 'قبل', 'لدي', 'مع', 'ثم', 'كما', 'حيث', 'الذي', 'التي',
  'بشان', 'حول', 'بخصوص', 'امام', 'ازاء', 'بسبب', 'رغم', 'عبر', 'بين', 'دون', 'مثل', 'خلف', 'اثناء', 'عقب', 'اثر', 'لاجل', 'عند', 'منذ', 'حتي', 'ضد', 'نحو', 'لقاء', 'مؤتمر', 'اجتماع', 'بيان', 'تصريح', 'تصريحات', 'كلمه', 'مقابله', 'حديث']);
/**
 * feminine and plural nisba adjectives («المصرية», «الفلسطينيين») describe the office; a masculine
 * one may be a family name («أيمن الصفدي», «ماجد الأنصاري»), so it is accepted after a first name
 */
const NISBA = /(?:يه|يين|يون|يات)$/;
const COMPOUND_HEADS = new Set(['عبد', 'ابو', 'بن', 'ابن', 'ال']);
/** how many tokens the title may take before the name */
const MAX_TITLE = 12;

export function isNameWord(t: Tok | undefined): boolean {
  if (!t || t.isNum || t.n.length < 2 || !/^\p{L}+$/u.test(t.n)) return false;
  if (t.n.startsWith('ال') || NAME_STOP.has(t.n) || isStopword(t.n) || OFFICE_NOUNS.has(t.n) || ROLE_HEADS.has(t.n)) return false;
  // a leading و is «and» unless the gazetteer or a known name says otherwise; names such as «وليد» are rare enough
  if (t.n.startsWith('و') && t.n.length > 3) return false;
  return lookupTok(WEEKDAYS, t) === undefined && lookupTok(MONTHS, t) === undefined;
}

export interface TitledPerson {
  /** the role noun without article or clitics, feminine folded: «وزير», «متحدث», «رئيس» */
  role: string;
  /** the words after the role noun, normalized, without the article: «خارجيه», «امريكي» */
  descriptors: string[];
  /** canonical name when the gazetteer knows the person, else the name as written */
  name: string;
  /** whether the name came from the gazetteer */
  known: boolean;
  /** token index of the role noun, of the name's first token and after its last */
  titleStart: number;
  nameStart: number;
  end: number;
}

const adjacent = (a: Tok, b: Tok) => b.ns === a.ne + 1;

/** A name of two words (three when it starts with «عبد», «أبو», «بن», «آل»), or null. */
function nameAt(toks: Tok[], k: number): number | null {
  if (!isNameWord(toks[k])) return null;
  const compound = COMPOUND_HEADS.has(toks[k].n);
  let end = k + 1;
  const max = compound ? 3 : 2;
  while (end < toks.length && end - k < max && adjacent(toks[end - 1], toks[end])) {
    const t = toks[end];
    if (isNameWord(t)) end++;
    // «إسماعيل الثوابتة», «عبد الفتاح»: a family name with the article, but not a nisba adjective
    else if (t.n.startsWith('ال') && t.n.length > 3 && /^\p{L}+$/u.test(t.n) && (compound || !NISBA.test(t.n)) && !OFFICE_NOUNS.has(t.n)) end++;
    else break;
  }
  // «بن»/«آل» inside a longer name: «محمد بن عبد الرحمن آل ثاني» keeps going
  while (end + 1 < toks.length && end - k < 6 && COMPOUND_HEADS.has(toks[end].n) && adjacent(toks[end - 1], toks[end]) && toks[end + 1] && (isNameWord(toks[end + 1]) || toks[end + 1].n.startsWith('ال'))) {
    end += 2;
    if (toks[end - 2].n === 'عبد' || toks[end - 1].n === 'عبد') if (toks[end] && toks[end].n.startsWith('ال')) end++;
  }
  if (end - k < 2) return null; // one word after a title is too often an ordinary noun
  return end;
}

/**
 * If token i is a role noun followed (after its office words, adjectives, a place, commas) by a
 * person, returns who. Gazetteer places and organisations inside the title are skipped over.
 */
export function titledPersonAt(toks: Tok[], i: number, source: string, extra?: AliasIndex): TitledPerson | null {
  const head = toks[i];
  if (!head || !formsIn(head, ROLE_HEADS)) return null;
  let role = '';
  for (const f of head.forms) {
    const r = ROLE_BASES.get(f);
    if (r !== undefined) {
      role = r;
      break;
    }
  }
  const descriptors: string[] = [];
  for (let j = i + 1; j < toks.length && j <= i + MAX_TITLE; j++) {
    const t = toks[j];
    const hit = (extra && aliasAt(toks, j, extra)) || aliasAt(toks, j, BASE_INDEX);
    if (hit) {
      if (hit.alias.entity.type === 'person') return { role, descriptors, name: hit.alias.entity.name, known: true, titleStart: i, nameStart: j, end: hit.end };
      for (let k = j; k < hit.end; k++) descriptors.push(stripArticle(toks[k].n));
      j = hit.end - 1;
      continue;
    }
    // «وزير الخارجية الأميركي، أنتوني بلينكن»: a comma may set the name off
    if (t.n === ',' && toks[j + 1] && !toks[j + 1].n.startsWith('ال')) continue;
    const end = nameAt(toks, j);
    if (end !== null) return { role, descriptors, name: source.slice(t.s, toks[end - 1].e), known: false, titleStart: i, nameStart: j, end };
    // «مدير مكتب الإعلام الحكومي في غزة»: «في» stays inside a title only before a place or body
    if ((t.n === 'في' || t.n === 'لدي') && !(j > i + 1 && toks[j + 1] && (toks[j + 1].n.startsWith('ال') || aliasAt(toks, j + 1, BASE_INDEX)))) return null;
    if (t.n.startsWith('ال') || OFFICE_NOUNS.has(t.n) || t.n === 'في' || t.n === 'لدي' || (t.n.startsWith('ل') && t.n.length > 4)) {
      if (t.n !== 'في' && t.n !== 'لدي') descriptors.push(stripArticle(t.n));
      continue;
    }
    return null;
  }
  return null;
}

const stripArticle = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w.startsWith('لل') && w.length > 3 ? w.slice(2) : w);

/**
 * A bare title as a speaker: «الوزير», «المتحدث», «الرئيس الأمريكي». Returns the role and its
 * adjectives, or null when the phrase names someone or is not a title.
 */
export function bareTitle(toks: Tok[], start: number, end: number): { role: string; descriptors: string[] } | null {
  const head = toks[start];
  if (!head || end <= start) return null;
  let role: string | undefined;
  for (const f of head.forms) if (f.startsWith('ال')) role ??= ROLE_BASES.get(f);
  if (role === undefined) return null;
  const descriptors: string[] = [];
  for (let k = start + 1; k < end; k++) {
    if (!toks[k].n.startsWith('ال')) return null;
    descriptors.push(stripArticle(toks[k].n));
  }
  return { role, descriptors };
}
