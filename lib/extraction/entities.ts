// People, organisations and places: a gazetteer lookup (with the clitics Arabic attaches:
// «لبلينكن», «بالقاهرة», «وإسرائيل») plus title patterns for people not in it yet
// («المتحدث باسم وزارة الخارجية ماثيو ميللر»). Names come out canonical, so «بلينكن» and
// «أنتوني بلينكن» are one entity.
import { normalizeArabic } from '../arabic/normalize';
import { isStopword } from '../arabic/stopwords';
import { GAZETTEER, type GazetteerEntry } from './gazetteer';
import { MONTHS, WEEKDAYS } from './lexicon';
import { formsIn, lookupTok, tokenizeSpan, type Tok } from './tokens';
import type { Entity } from './types';

interface Alias {
  words: string[];
  entity: Entity;
}
type AliasIndex = Map<string, Alias[]>;

function buildIndex(entries: readonly GazetteerEntry[]): AliasIndex {
  const index: AliasIndex = new Map();
  for (const e of entries) {
    const entity: Entity = { type: e.type, name: e.name };
    for (const spelling of [e.name, ...(e.aliases ?? [])]) {
      const words = tokenizeSpan(spelling, 0, spelling.length).map((t) => t.n);
      if (words.length === 0) continue;
      const list = index.get(words[0]) ?? [];
      list.push({ words, entity });
      list.sort((a, b) => b.words.length - a.words.length);
      index.set(words[0], list);
    }
  }
  return index;
}

const BASE_INDEX = buildIndex(GAZETTEER);
const extraCache = new WeakMap<readonly GazetteerEntry[], AliasIndex>();

/** person titles, longest first; what follows (adjectives, then a name) is the person */
const TITLES = [
  'المتحدث باسم', 'المتحدثة باسم', 'وزير الخارجية', 'وزيرة الخارجية', 'وزير الدفاع', 'رئيس الوزراء', 'رئيس المخابرات',
  'مدير وكالة', 'مستشار الأمن القومي', 'الأمين العام', 'رئيس الحكومة', 'رئيس', 'الرئيس', 'الوزير', 'اللواء', 'الملك', 'الأمير', 'الشيخ', 'السفير', 'النائب',
].map((t) => t.split(' ').map(normalizeArabic));
const TITLE_HEADS = new Set(TITLES.map((t) => t[0]));
/** words that may sit between a title and the name: nationalities, offices, «الأميركي» */
const OFFICE_NOUNS = new Set(['باسم', 'وزاره', 'وكاله', 'هيئه', 'مجلس', 'حركه', 'جيش', 'مكتب', 'حكومه', 'دائره', 'جهاز', 'لجنه', 'منظمه']);
const isDescriptor = (w: string) => w.startsWith('ال') || OFFICE_NOUNS.has(w);
const NAME_STOP = new Set(['في', 'من', 'عن', 'علي', 'الي', 'ان', 'انه', 'قد', 'يوم', 'اليوم', 'امس', 'صباح', 'مساء', 'نهايه', 'مطلع', 'خلال', 'بعد', 'قبل']);

function aliasAt(toks: Tok[], i: number, index: AliasIndex): { alias: Alias; end: number } | null {
  for (const w of toks[i].forms) {
    const list = index.get(w);
    if (!list) continue;
    for (const alias of list) {
      let ok = true;
      for (let k = 1; k < alias.words.length && ok; k++) ok = toks[i + k]?.n === alias.words[k];
      if (ok) return { alias, end: i + alias.words.length };
    }
  }
  return null;
}

function isNameWord(t: Tok | undefined): boolean {
  if (!t || t.isNum || !/^\p{L}{2,}$/u.test(t.n)) return false;
  if (t.n.startsWith('ال') || t.n.startsWith('و') || NAME_STOP.has(t.n) || isStopword(t.n)) return false;
  return lookupTok(WEEKDAYS, t) === undefined && lookupTok(MONTHS, t) === undefined;
}

/** A name after a title: up to two words, three when the first is «عبد»/«أبو»/«بن». */
function nameAfterTitle(toks: Tok[], i: number, text: string): string | null {
  let k = i;
  while (k < toks.length && k < i + 6 && isDescriptor(toks[k].n) && !isNameWord(toks[k])) k++;
  if (!isNameWord(toks[k])) return null;
  const compound = toks[k].n === 'عبد' || toks[k].n === 'ابو' || toks[k].n === 'بن';
  let end = k + 1;
  const max = compound ? 3 : 2;
  while (end < toks.length && end - k < max && (isNameWord(toks[end]) || (compound && toks[end].n.startsWith('ال'))) && toks[end].ns === toks[end - 1].ne + 1) end++;
  if (end - k < 2) return null; // a single word after a title is too often an ordinary noun
  return text.slice(toks[k].s, toks[end - 1].e);
}

export function extractEntities(text: string, extraGazetteer?: readonly GazetteerEntry[]): Entity[] {
  return entitiesInSpan(text, 0, text.length, extraGazetteer);
}

export function entitiesInSpan(source: string, start: number, end: number, extraGazetteer?: readonly GazetteerEntry[], tokens?: Tok[]): Entity[] {
  const toks = tokens ?? tokenizeSpan(source, start, end);
  let extra: AliasIndex | undefined;
  if (extraGazetteer && extraGazetteer.length > 0) {
    extra = extraCache.get(extraGazetteer);
    if (!extra) {
      extra = buildIndex(extraGazetteer);
      extraCache.set(extraGazetteer, extra);
    }
  }
  const found = new Map<string, Entity>();
  const add = (e: Entity) => {
    if (!found.has(e.name)) found.set(e.name, e);
  };
  for (let i = 0; i < toks.length; i++) {
    // editors' entries win over the built-in list
    const hit = (extra && aliasAt(toks, i, extra)) || aliasAt(toks, i, BASE_INDEX);
    if (hit) {
      add(hit.alias.entity);
      i = hit.end - 1;
      continue;
    }
    if (!formsIn(toks[i], TITLE_HEADS)) continue;
    for (const title of TITLES) {
      if (!toks[i].forms.includes(title[0])) continue;
      if (!title.every((w, k) => k === 0 || toks[i + k]?.n === w)) continue;
      const after = i + title.length;
      let known = false;
      for (let j = after; j < toks.length && j < after + 6 && !known; j++) known = aliasAt(toks, j, BASE_INDEX) !== null;
      if (known) break; // the gazetteer names the person when the loop reaches them
      const name = nameAfterTitle(toks, after, source);
      if (name) add({ type: 'person', name });
      break;
    }
  }
  return [...found.values()];
}
