// People, organisations and places: a gazetteer lookup (with the clitics Arabic attaches:
// «لبلينكن», «بالقاهرة», «وإسرائيل») plus title patterns for people not in it yet
// («المتحدث باسم وزارة الخارجية ماثيو ميللر»). Names come out canonical, so «بلينكن» and
// «أنتوني بلينكن» are one entity.
import { normalizeArabic } from '../arabic/normalize';
import { isStopword } from '../arabic/stopwords';
import type { GazetteerEntry } from './gazetteer';
import { aliasAt, BASE_INDEX, extraIndex } from './gazetteer-index';
import { CURRENT, MONTHS, NEXT, PAST, WEEKDAYS } from './lexicon';
import { isNameWord, titledPersonAt } from './people';
import { lookupTok, tokenizeSpan, type Tok } from './tokens';
import type { Entity } from './types';

/** heads of organisation names: «وزارة الخارجية القطرية», «حركة الجهاد الإسلامي», «مجلس النواب» */
const ORG_HEADS = new Set('وزارة حركة وكالة مجلس هيئة منظمة لجنة جامعة حزب مؤسسة'.split(' ').map(normalizeArabic));
/** how many words may follow the head */
const MAX_ORG_WORDS = 4;
const NOT_IN_ORG = new Set(['اليوم', 'الذي', 'التي', 'الذين', 'الان', 'العام', 'الشهر', 'الاسبوع']);

function isOrgWord(t: Tok | undefined): boolean {
  if (!t || !t.n.startsWith('ال') || t.n.length < 4 || !/^\p{L}+$/u.test(t.n)) return false;
  if (NOT_IN_ORG.has(t.n) || isStopword(t.n) || PAST.has(t.n) || NEXT.has(t.n) || CURRENT.has(t.n)) return false;
  return lookupTok(WEEKDAYS, t) === undefined && lookupTok(MONTHS, t) === undefined;
}

/** Where the head word starts in the original text once a clitic («و», «ب», «لـ») is skipped. */
function startAfterClitic(t: Tok, form: string, source: string): number {
  let letters = t.n.length - form.length;
  let s = t.s;
  while (letters > 0 && s < t.e) {
    s++;
    letters--;
    // marks on the clitic belong to it
    while (s < t.e && /\p{M}|\u0640/u.test(source[s])) s++;
  }
  return s;
}

/** «وزارة الخارجية القطرية», «حركة فتح»: a head noun without the article, then its genitive. */
function organisationAt(toks: Tok[], i: number, source: string): { name: string; end: number } | null {
  const t = toks[i];
  let form: string | undefined;
  for (const f of t.forms) if (ORG_HEADS.has(f)) form ??= f;
  if (form === undefined) return null;
  let end = i + 1;
  // «حركة فتح», «وكالة أنباء الشرق الأوسط»: one bare name word may open the genitive
  if (!isOrgWord(toks[end]) && isNameWord(toks[end]) && toks[end].ns === t.ne + 1) end++;
  while (end < toks.length && end - i <= MAX_ORG_WORDS && isOrgWord(toks[end]) && toks[end].ns === toks[end - 1].ne + 1) end++;
  if (end === i + 1) return null;
  return { name: source.slice(startAfterClitic(t, form, source), toks[end - 1].e), end };
}

export function extractEntities(text: string, extraGazetteer?: readonly GazetteerEntry[]): Entity[] {
  return entitiesInSpan(text, 0, text.length, extraGazetteer);
}

export function entitiesInSpan(source: string, start: number, end: number, extraGazetteer?: readonly GazetteerEntry[], tokens?: Tok[]): Entity[] {
  const toks = tokens ?? tokenizeSpan(source, start, end);
  const extra = extraIndex(extraGazetteer);
  const found = new Map<string, Entity>();
  for (let i = 0; i < toks.length; i++) {
    // editors' entries win over the built-in list
    const hit = (extra && aliasAt(toks, i, extra)) || aliasAt(toks, i, BASE_INDEX);
    if (hit) {
      if (!found.has(hit.alias.entity.name)) found.set(hit.alias.entity.name, hit.alias.entity);
      i = hit.end - 1;
      continue;
    }
    const person = titledPersonAt(toks, i, source, extra);
    // a gazetteer person is added when the loop reaches the name; places inside the title are kept
    if (person && !person.known && !found.has(person.name)) found.set(person.name, { type: 'person', name: person.name });
    const org = organisationAt(toks, i, source);
    if (org) {
      if (!found.has(org.name)) found.set(org.name, { type: 'organization', name: org.name });
      i = org.end - 1;
    }
  }
  return [...found.values()];
}
