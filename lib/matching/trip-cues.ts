// Article-level cues about which trip an article reports: «ولن تشمل الزيارة إسرائيل» (000),
// «ولا تشمل جولة بلينكن … زيارة إسرائيل» (002) against «في زيارة تشمل قطر وإسرائيل والأردن» or
// «يتوجه … إلى إسرائيل» (004), «سيزور مصر وإسرائيل والأردن وقطر» (001). Two articles where one
// trip excludes a country the other includes are about different trips, so a different visit
// number between them is possibly a different event, not only a contradiction.
import { normalizeArabic, tokenize } from '../arabic';
import { GAZETTEER } from '../extraction/gazetteer';

export interface TripCues {
  /** normalized place names the article says the trip does not include */
  excluded: string[];
  /** normalized place names the article says the trip includes or goes to */
  included: string[];
}

const norm = (s: string) => tokenize(normalizeArabic(s)).join(' ');
const PLACES: string[] = [...new Set(GAZETTEER.filter((g) => g.type === 'place').flatMap((g) => [g.name, ...(g.aliases ?? [])]).map(norm))]
  .filter((p) => p.length > 1);

const NEGATION = new Set(['لن', 'لا', 'ولن', 'ولا'].map(norm));
const INCLUDE = new Set(['تشمل', 'يشمل', 'ستشمل', 'سيشمل', 'سيزور', 'يزور', 'ستزور'].map(norm));
const GOES_TO = new Set(['يتوجه', 'سيتوجه', 'توجه'].map(norm));
/** how many words after the cue word its places may come («… تشمل الزيارة إسرائيل أو أية دولة») */
const REACH = 8;

function placesIn(words: string[]): string[] {
  const text = ` ${words.join(' ')} `;
  // a place is a word or a clitic-prefixed word (وإسرائيل, لإسرائيل); «في الشرق الأوسط» says
  // where the trip is, not a stop it includes or leaves out
  return PLACES.filter((p) => new RegExp(`(?<! في)[ ](?:و|ل|ب|وب|ول)?${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ ]`).test(text));
}

export function tripCuesOf(articleText: string): TripCues {
  const excluded = new Set<string>();
  const included = new Set<string>();
  for (const sentence of articleText.split(/[.!؟?\n]+/)) {
    const words = tokenize(normalizeArabic(sentence));
    words.forEach((w, i) => {
      const bare = w.replace(/^و/, '');
      if (INCLUDE.has(w) || INCLUDE.has(bare)) {
        const isNegated = i > 0 && NEGATION.has(words[i - 1]);
        for (const p of placesIn(words.slice(i + 1, i + 1 + REACH))) (isNegated ? excluded : included).add(p);
      } else if (GOES_TO.has(w) || GOES_TO.has(bare)) {
        const at = words.slice(i + 1, i + 1 + REACH).findIndex((x) => x === norm('إلى') || x === norm('الى'));
        if (at >= 0) for (const p of placesIn(words.slice(i + 2 + at, i + 3 + at))) included.add(p);
      }
    });
  }
  return { excluded: [...excluded], included: [...included] };
}

/** true when one article's trip excludes a place the other's includes */
export function tripsDiffer(a: TripCues | undefined, b: TripCues | undefined): boolean {
  if (!a || !b) return false;
  const clash = (x: TripCues, y: TripCues) => x.excluded.some((p) => y.included.includes(p));
  return clash(a, b) || clash(b, a);
}
