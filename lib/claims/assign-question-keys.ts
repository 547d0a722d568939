// Fills claims.question_key / question_label from the matching engine's same-question groups, so
// the editor's question view groups by a column. Keys are computed per article (an unnamed
// «الزيارة الثامنة» takes the person its article names most), for every claim with a figure
// whose concept is known, even before a second outlet reports it: a later article then joins.
import { groupByQuestion } from '../matching';
import type { ClaimProfile, MatchInput } from '../matching';
import type { PrismaClient } from '../generated/prisma/client';

export interface ClaimQuestion {
  /** the key stored on the claim: its main figure's question (a count or order before a date) */
  questionKey: string | null;
  questionLabel: string | null;
  /** every question the claim's figures answer; the matcher looks for candidates under each */
  allKeys: string[];
}

/** Questions of claims that all come from one article (`rows` should be the whole article). */
export function questionsOfArticle(rows: Array<{ id: number; input: MatchInput & { profile?: ClaimProfile } }>): Map<number, ClaimQuestion> {
  const items = rows.map((r) => r.input);
  const byIndex = new Map<number, Array<{ key: string; label: string; rank: number }>>();
  for (const g of groupByQuestion(items, { minArticles: 1 })) {
    for (const m of g.members) {
      const slots = items[m.index].claim.slots;
      // a count or an order says more about what the claim is than the date next to it
      const rank = (m.slot.type === 'date' ? 1000 : 0) + slots.indexOf(m.slot);
      const list = byIndex.get(m.index) ?? [];
      list.push({ key: g.questionKey, label: g.label, rank });
      byIndex.set(m.index, list);
    }
  }
  const out = new Map<number, ClaimQuestion>();
  rows.forEach((r, i) => {
    const list = (byIndex.get(i) ?? []).sort((x, y) => x.rank - y.rank || x.key.localeCompare(y.key));
    out.set(r.id, {
      questionKey: list[0]?.key ?? null,
      questionLabel: list[0]?.label ?? null,
      allKeys: [...new Set(list.map((x) => x.key))],
    });
  });
  return out;
}

/** Writes the keys that changed (none on a re-run: no churn, updated_at untouched). Returns rows written. */
export async function storeQuestionKeys(db: PrismaClient, questions: Map<number, ClaimQuestion>): Promise<number> {
  if (questions.size === 0) return 0;
  const ids: number[] = [];
  const keys: Array<string | null> = [];
  const labels: Array<string | null> = [];
  for (const [id, q] of questions) {
    ids.push(id);
    keys.push(q.questionKey);
    labels.push(q.questionLabel);
  }
  // Derived data: written without touching updated_at or version, which track editors' changes.
  return db.$executeRaw`
    UPDATE claims c SET question_key = v.k, question_label = v.l
    FROM unnest(${ids}::int[], ${keys}::text[], ${labels}::text[]) AS v(id, k, l)
    WHERE c.id = v.id AND (c.question_key IS DISTINCT FROM v.k OR c.question_label IS DISTINCT FROM v.l)`;
}
