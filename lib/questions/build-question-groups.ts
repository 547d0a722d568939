// Same-question groups over stored claims. A claim whose question_key the matching job already
// stored joins that key's group; the others are grouped on the fly with the engine's
// groupByQuestion, so the view works before (and while) the job fills the column. Pure.
import { groupByQuestion, type MatchInput } from '../matching';
import type { Slot } from '../extraction/types';
import { toEngineClaim, type StoredClaim, type StoredSlot } from '../claims/to-engine-claim';

/** a stored slot with its row id (a table row and a chart point each stand for one slot) */
export interface QuestionSlot extends StoredSlot {
  id: number;
}

export interface QuestionClaimRow extends StoredClaim {
  slots: QuestionSlot[];
  id: number;
  articleId: number;
  language: string;
  outlet: string | null;
  /** YYYY-MM-DD */
  articleDate: string | null;
  questionKey: string | null;
  questionLabel: string | null;
}

export interface QuestionValue {
  claimId: number;
  articleId: number;
  outlet: string | null;
  articleDate: string | null;
  language: string;
  text: string;
  slot: QuestionSlot;
}

export interface QuestionGroupView {
  key: string;
  label: string;
  values: QuestionValue[];
  outletCount: number;
  articleCount: number;
}

function valueOf(row: QuestionClaimRow, slot: QuestionSlot): QuestionValue {
  return {
    claimId: row.id,
    articleId: row.articleId,
    outlet: row.outlet,
    articleDate: row.articleDate,
    language: row.language,
    text: row.text,
    slot,
  };
}

/** Oldest article first, undated last, then by outlet: the order of the table and the timeline. */
function byDate(a: QuestionValue, b: QuestionValue): number {
  if (a.articleDate !== b.articleDate) {
    if (a.articleDate === null) return 1;
    if (b.articleDate === null) return -1;
    return a.articleDate < b.articleDate ? -1 : 1;
  }
  return (a.outlet ?? '\uffff').localeCompare(b.outlet ?? '\uffff') || a.claimId - b.claimId || a.slot.id - b.slot.id;
}

export function buildQuestionGroups(rows: QuestionClaimRow[]): QuestionGroupView[] {
  const groups = new Map<string, { label: string; values: QuestionValue[] }>();
  const add = (key: string, label: string, v: QuestionValue) => {
    const g = groups.get(key) ?? { label, values: [] };
    if (!g.values.some((x) => x.slot.id === v.slot.id)) g.values.push(v);
    groups.set(key, g);
  };

  const stored = rows.filter((r) => r.questionKey);
  for (const r of stored) {
    // a stored key starts with the slot type it is about: "ordinal|visit|@…"
    const type = r.questionKey!.split('|')[0];
    for (const s of r.slots) if (s.type === type) add(r.questionKey!, r.questionLabel ?? r.questionKey!, valueOf(r, s));
  }

  const pending = rows.filter((r) => !r.questionKey);
  const items: MatchInput[] = [];
  const slotOf = new Map<Slot, { row: QuestionClaimRow; slot: QuestionSlot }>();
  for (const r of pending) {
    const claim = toEngineClaim(r);
    claim.slots.forEach((s, i) => slotOf.set(s, { row: r, slot: r.slots[i] }));
    items.push({ key: String(r.articleId), articleDate: r.articleDate, claim });
  }
  for (const g of groupByQuestion(items)) {
    for (const m of g.members) {
      const found = slotOf.get(m.slot);
      if (found) add(g.questionKey, g.label, valueOf(found.row, found.slot));
    }
  }

  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      label: g.label,
      values: g.values.sort(byDate),
      outletCount: new Set(g.values.map((v) => v.outlet ?? `#${v.articleId}`)).size,
      articleCount: new Set(g.values.map((v) => v.articleId)).size,
    }))
    .filter((g) => g.articleCount >= 2)
    .sort((a, b) => b.articleCount - a.articleCount || b.values.length - a.values.length || a.key.localeCompare(b.key));
}
