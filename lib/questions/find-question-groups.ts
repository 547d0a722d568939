import 'server-only';
import { prisma } from '../db/prisma';
import { STORED_SLOT_SELECT } from '../claims/to-engine-claim';
import { buildQuestionGroups, type QuestionClaimRow, type QuestionGroupView } from './build-question-groups';

// Grouping thousands of claims takes a moment of CPU; the result only changes when claims do, so
// it is kept per process until the claims' count or latest update moves.
let cached: { stamp: string; groups: QuestionGroupView[] } | null = null;

async function loadRows(): Promise<QuestionClaimRow[]> {
  const claims = await prisma.claim.findMany({
    where: { slots: { some: {} } },
    select: {
      id: true,
      text: true,
      start: true,
      end: true,
      section: true,
      checkworthiness: true,
      reasons: true,
      speaker: true,
      via: true,
      questionKey: true,
      questionLabel: true,
      article: { select: { id: true, language: true, publishedAt: true, outlet: { select: { name: true } } } },
      slots: {
        select: { id: true, ...STORED_SLOT_SELECT },
        orderBy: { id: 'asc' },
      },
      mentions: { select: { entity: { select: { type: true, name: true } } }, orderBy: { id: 'asc' } },
    },
    orderBy: { id: 'asc' },
  });
  return claims.map((c) => ({
    id: c.id,
    text: c.text,
    start: c.start,
    end: c.end,
    section: c.section,
    checkworthiness: c.checkworthiness,
    reasons: c.reasons,
    speaker: c.speaker,
    via: c.via,
    questionKey: c.questionKey,
    questionLabel: c.questionLabel,
    articleId: c.article.id,
    language: c.article.language,
    outlet: c.article.outlet?.name ?? null,
    articleDate: c.article.publishedAt ? c.article.publishedAt.toISOString().slice(0, 10) : null,
    slots: c.slots,
    entities: c.mentions.map((m) => m.entity),
  }));
}

export async function findQuestionGroups(): Promise<QuestionGroupView[]> {
  const agg = await prisma.claim.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  const stamp = `${agg._count._all}|${agg._max.updatedAt?.toISOString() ?? ''}`;
  if (cached?.stamp === stamp) return cached.groups;
  const groups = buildQuestionGroups(await loadRows());
  cached = { stamp, groups };
  return groups;
}

export async function findQuestionGroup(key: string): Promise<QuestionGroupView | null> {
  return (await findQuestionGroups()).find((g) => g.key === key) ?? null;
}
