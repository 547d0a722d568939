import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extraction/index';
import type { Slot } from '../extraction/types';
import { groupByQuestion } from '../matching';
import { toEngineClaim } from '../claims/to-engine-claim';
import { buildQuestionGroups, type QuestionClaimRow, type QuestionSlot } from './build-question-groups';

// The seed articles as the database stores them (the same field mapping as ingestArticle).
const dir = new URL('../../seeds/', import.meta.url);
const OUTLETS = ['الحرة', 'معا', 'السومرية نيوز', null, 'صدى البلد'];
let slotId = 0;
function stored(s: Slot): QuestionSlot {
  const hedge = s.approx ? 'approx' : s.atLeast ? 'at_least' : s.atMost ? 'at_most' : 'min' in s && s.min !== undefined ? 'range' : 'exact';
  const n = (x: number | undefined) => x ?? null;
  return {
    id: ++slotId, type: s.type, hedge, raw: s.raw, start: s.start, end: s.end,
    value: s.type === 'date' ? null : n(s.value), min: s.type === 'date' ? null : n(s.min), max: s.type === 'date' ? null : n(s.max),
    unit: s.type === 'quantity' || s.type === 'ordinal' || s.type === 'percent' || s.type === 'duration' ? (s.unit ?? null) : null,
    currency: s.type === 'money' ? s.currency : null,
    year: s.type === 'date' ? s.year : null, month: s.type === 'date' ? s.month : null, day: s.type === 'date' ? s.day : null,
    weekday: s.type === 'date' ? (s.weekday ?? null) : null, relative: s.type === 'date' ? (s.relative ?? null) : null,
  };
}
const rows: QuestionClaimRow[] = [];
readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().forEach((f, articleIndex) => {
  const { meta, claims } = extractArticle(readFileSync(new URL(f, dir), 'utf8'), { fileName: f });
  claims.forEach((c, i) =>
    rows.push({
      id: articleIndex * 1000 + i, articleId: articleIndex + 1, language: 'ar', outlet: OUTLETS[articleIndex], articleDate: meta.publishedAt,
      questionKey: null, questionLabel: null, text: c.text, start: c.start, end: c.end, section: c.section, checkworthiness: c.checkworthiness,
      reasons: c.reasons, speaker: c.attribution.speaker, via: c.attribution.via, slots: c.slots.map(stored), entities: c.entities,
    }),
  );
});

describe('same-question groups over stored claims', () => {
  it('a stored claim converts back to the engine shape the extractor produced', () => {
    const { claims } = extractArticle(readFileSync(new URL(readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0], dir), 'utf8'));
    const withSlots = claims.find((c) => c.slots.length > 0)!;
    const back = toEngineClaim(rows.find((r) => r.articleId === 1 && r.text === withSlots.text)!);
    expect(back.slots.map((s) => [s.type, s.raw, s.start, s.end])).toEqual(withSlots.slots.map((s) => [s.type, s.raw, s.start, s.end]));
    expect(back.entities).toEqual(withSlots.entities);
  });

  it('groups the seeds as the engine does: Blinken’s visit is the tenth, eighth and sixth by outlet', () => {
    const groups = buildQuestionGroups(rows);
    const visit = groups.find((g) => g.key.startsWith('ordinal|visit'));
    expect(visit).toBeDefined();
    const byOutlet = new Map(visit!.values.map((v) => [v.outlet, v.slot.value]));
    expect(byOutlet.get('الحرة')).toBe(10);
    expect(byOutlet.get('معا')).toBe(8);
    expect(byOutlet.get('السومرية نيوز')).toBe(6);
    // the dated article comes first, undated ones after it
    expect(visit!.values[0].articleDate).toBe('2024-06-10');
    expect(groups.map((g) => g.key).sort()).toEqual(
      groupByQuestion(rows.map((r) => ({ key: String(r.articleId), articleDate: r.articleDate, claim: toEngineClaim(r) }))).map((g) => g.questionKey).sort(),
    );
  });

  it('prefers a stored question key over the computed one', () => {
    const visitRows = rows.filter((r) => r.slots.some((s) => s.type === 'ordinal') && /الزيارة|زيارة|جولة/.test(r.text));
    const keyed = rows.map((r) => (visitRows.includes(r) ? { ...r, questionKey: 'ordinal|visit|@stored', questionLabel: 'زيارات بلينكن' } : r));
    const groups = buildQuestionGroups(keyed);
    const g = groups.find((x) => x.key === 'ordinal|visit|@stored');
    expect(g?.label).toBe('زيارات بلينكن');
    expect(g!.articleCount).toBeGreaterThanOrEqual(3);
  });
});
