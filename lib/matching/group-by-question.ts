// Same-question groups for the values-by-outlet table: «which visit of Blinken is this»,
// «how many were killed on 7 October». Members are the figures, one row per claim and slot.
import type { ExtractedClaim, Slot } from '../extraction/types';
import { normalizeArabic, stem, tokenize } from '../arabic';
import { profileClaim, type ClaimProfile } from './claim-profile';
import { questionKeyOf } from './question-key';
import type { MatchInput } from './types';

export interface QuestionMember {
  /** index into the items given to groupByQuestion */
  index: number;
  key: string;
  slot: Slot;
}

export interface QuestionGroup {
  /** stable id: question key plus the person it is about, when one is named */
  questionKey: string;
  /** Arabic label for the table heading */
  label: string;
  members: QuestionMember[];
}

const LABELS: Record<string, string> = {
  visit: 'ترتيب الزيارة',
  killed: 'عدد القتلى',
  wounded: 'عدد الجرحى',
  hostage: 'عدد الرهائن أو المحتجزين',
  prisoner: 'عدد الأسرى والسجناء',
  truce: 'مدة الهدنة',
  proposal: 'تاريخ المقترح',
  closed: 'مدة الإغلاق',
  attack: 'تاريخ الهجوم',
  war: 'بداية الحرب',
};

function labelOf(key: string, person: string | null): string {
  const [, concept, anchor] = key.split('|');
  const parts = [LABELS[concept] ?? concept];
  if (anchor) {
    const [m, d] = anchor.split('-');
    parts.push(`في ${d}/${m}`);
  }
  if (person) parts.push(`(${person})`);
  return parts.join(' ');
}

/** how far after an ordinal a name still owns it: «الزيارة العاشرة لبلينكن» */
const OWNER_AFTER = 12;

/**
 * The person whose visit (tour, round …) an ordinal counts: the name nearest before it, or right
 * after it. «الزيارة الثامنة التي يقوم بها كبير الدبلوماسيين … الذي أعلنه الرئيس جو بايدن» is
 * not Biden's visit: a name far after the ordinal leaves it to the article's main person.
 */
function personOfOrdinal(claim: ExtractedClaim, span: [number, number]): string | null {
  let best: { dist: number; person: string } | null = null;
  for (const e of claim.entities) {
    if (e.type !== 'person') continue;
    const parts = tokenize(normalizeArabic(e.name));
    const last = e.name.split(/\s+/).pop();
    if (!parts.length || !last) continue;
    for (let at = claim.text.indexOf(last); at >= 0; at = claim.text.indexOf(last, at + 1)) {
      const end = at + last.length;
      const dist = end <= span[0] ? span[0] - end : at >= span[1] && at - span[1] <= OWNER_AFTER ? at - span[1] : null;
      if (dist !== null && (!best || dist < best.dist)) best = { dist, person: stem(parts[parts.length - 1]) };
    }
  }
  return best?.person ?? null;
}

/**
 * Groups figures by the question they answer. Claims that name nobody join the group of the
 * person their article names most, so «الزيارة الثامنة التي يقوم بها كبير الدبلوماسيين» sits with
 * «جولة بلينكن الثامنة». Only groups with figures from at least `minArticles` articles (default
 * two) are returned; the app stores every claim's key (minArticles 1) so later articles join it.
 */
export function groupByQuestion(items: Array<MatchInput & { profile?: ClaimProfile }>, opts: { minArticles?: number } = {}): QuestionGroup[] {
  // a caller that has profiled its claims already (the app's matcher) passes them along
  const profiles = items.map((it) => it.profile ?? profileClaim(it.claim));
  const articlePerson = new Map<string, string>();
  const counts = new Map<string, Map<string, number>>();
  profiles.forEach((p, i) => {
    const m = counts.get(items[i].key) ?? new Map<string, number>();
    for (const person of p.persons) m.set(person, (m.get(person) ?? 0) + 1);
    counts.set(items[i].key, m);
  });
  for (const [key, m] of counts) {
    const top = [...m.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
    if (top) articlePerson.set(key, top[0]);
  }

  const groups = new Map<string, QuestionGroup>();
  profiles.forEach((p, index) => {
    for (const sp of p.slots) {
      const qk = questionKeyOf(p, sp);
      if (!qk) continue;
      const person = qk.startsWith('ordinal|') ? personOfOrdinal(items[index].claim, sp.span) ?? articlePerson.get(items[index].key) ?? [...p.persons].sort()[0] ?? null : null;
      const id = person ? `${qk}|@${person}` : qk;
      const g = groups.get(id) ?? { questionKey: id, label: labelOf(qk, person), members: [] };
      if (!g.members.some((m) => m.index === index && m.slot === sp.slot)) g.members.push({ index, key: items[index].key, slot: sp.slot });
      groups.set(id, g);
    }
  });
  const minArticles = opts.minArticles ?? 2;
  return [...groups.values()].filter((g) => new Set(g.members.map((m) => m.key)).size >= minArticles);
}
