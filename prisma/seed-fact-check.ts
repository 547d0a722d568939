// The demo's published fact-check, built from the seed articles through the real review path
// (transitionClaim: start → propose by the editor → approve by the reviewer → publish), so the
// public pages, feeds, sitemap and exports have something true to show.
//
// The question: how many times had Blinken toured the region since the Gaza war began? Al-Hurra
// says the tenth visit, Ma'an and Sada El-Balad the eighth tour, Alsumaria the sixth. Each
// article describes a different trip, which is what the verdict explains.
import { writeAudit } from '../lib/audit/write-audit';
import { transitionClaim } from '../lib/review/transition-claim';
import type { PrismaClient } from '../lib/db/client';

export const BLINKEN_QUESTION_KEY = 'ordinal|visit';
const QUESTION_LABEL = 'عدد جولات بلينكن في المنطقة منذ بدء حرب غزة';

const RATIONALE_AR = [
  'الأرقام الثلاثة لا تتعارض: كل منفذ يعدّ جولة مختلفة من جولات بلينكن في المنطقة منذ بدء الحرب في 7 أكتوبر/تشرين الأول 2023.',
  '• «الثامنة» (معا، وصدى البلد): جولة بدأت بالقاهرة يوم الاثنين وشملت إسرائيل والأردن وقطر. مقال معا منشور في 10 يونيو/حزيران 2024 ويذكر أن الجولة بين 10 و12 يونيو/حزيران، أي يونيو 2024.',
  '• «العاشرة» (الحرة): زيارة خاطفة يوم الأربعاء إلى القاهرة وحدها، لا تشمل إسرائيل ولا أي دولة أخرى، بعد «نحو عام» من بدء الحرب، أي نحو سبتمبر 2024. المقال لا يذكر تاريخ نشره.',
  '• «السادسة» (السومرية نيوز): زيارة إلى جدة والقاهرة يوم الأربعاء لا تشمل إسرائيل. الترتيب يضعها قبل جولة يونيو؛ المقال لا يذكر تاريخه، وسجل رحلات الخارجية الأمريكية يضعها في مارس/آذار 2024 (من خارج هذه المقالات).',
  'لذلك لا يصح تقديم الرقم «العاشرة» عددًا ثابتًا لزيارات بلينكن دون ذكر تاريخ الزيارة المقصودة: يحتاج الادعاء إلى سياقه الزمني.',
].join('\n');

const PUBLICATION = {
  titleAr: 'هل زار بلينكن المنطقة عشر مرات أم ثماني أم ستًا منذ بدء حرب غزة؟',
  titleEn: 'Blinken’s tenth, eighth or sixth visit to the region since the Gaza war began?',
  summaryAr:
    'تختلف الأعداد لأن المقالات تصف جولات مختلفة: الثامنة في يونيو/حزيران 2024 (القاهرة ثم إسرائيل والأردن وقطر)، والعاشرة بعد نحو عام من بدء الحرب (القاهرة وحدها، نحو سبتمبر 2024)، والسادسة قبلهما (جدة والقاهرة، مارس/آذار 2024).',
  summaryEn:
    'The counts differ because the articles describe different trips: the eighth in June 2024 (Cairo, then Israel, Jordan and Qatar), the tenth about a year into the war (Cairo only, around September 2024), and the sixth before both (Jeddah and Cairo, March 2024).',
};

interface Actors {
  editorId: string;
  reviewerId: string;
}

/** Finds each outlet's visit-count claim (ordinal 10/8/6 near «زيارة/جولة» + «بلينكن»). */
export async function findBlinkenVisitClaims(db: PrismaClient) {
  const candidates = await db.claim.findMany({
    where: {
      normalizedText: { contains: 'بلينكن' },
      OR: [{ normalizedText: { contains: 'زياره' } }, { normalizedText: { contains: 'جوله' } }],
      slots: { some: { type: 'ordinal', value: { in: [10, 8, 6] } } },
    },
    orderBy: { id: 'asc' },
    select: { id: true, articleId: true, version: true, status: true, questionKey: true, questionLabel: true, slots: { select: { type: true, value: true } } },
  });
  const perArticle = new Map<number, (typeof candidates)[number]>();
  for (const c of candidates) if (!perArticle.has(c.articleId)) perArticle.set(c.articleId, c);
  return [...perArticle.values()];
}

export async function seedPublishedFactCheck(db: PrismaClient, actors: Actors, log: (m: string) => void): Promise<string | null> {
  const claims = await findBlinkenVisitClaims(db);
  const tenth = claims.find((c) => c.slots.some((s) => s.type === 'ordinal' && s.value === 10));
  if (!tenth || claims.length < 2) {
    log('demo fact-check skipped: the Blinken visit claims were not found in the seed articles');
    return null;
  }
  // The same question for every outlet's claim (kept when matching already set one), and the
  // editor's links: related, probably different events (different trips).
  for (const c of claims) {
    if (!c.questionKey) {
      await db.claim.update({ where: { id: c.id }, data: { questionKey: BLINKEN_QUESTION_KEY, questionLabel: c.questionLabel ?? QUESTION_LABEL } });
    }
    if (c.id === tenth.id) continue;
    const [a, b] = c.id < tenth.id ? [c.id, tenth.id] : [tenth.id, c.id];
    await db.$transaction(async (tx) => {
      const link = await tx.claimLink.upsert({
        where: { claimAId_claimBId: { claimAId: a, claimBId: b } },
        create: {
          claimAId: a,
          claimBId: b,
          relation: 'related',
          origin: 'editor',
          state: 'confirmed',
          possiblyDifferentEvents: true,
          decidedById: actors.editorId,
          decidedAt: new Date(),
          note: 'جولات مختلفة',
        },
        update: { state: 'confirmed', relation: 'related', possiblyDifferentEvents: true, decidedById: actors.editorId, decidedAt: new Date() },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: actors.editorId,
        entityType: 'link',
        entityId: link.id,
        action: 'confirm',
        after: { state: 'confirmed', relation: 'related', possiblyDifferentEvents: true },
      });
    });
  }

  const editor = { id: actors.editorId, role: 'editor' as const };
  const reviewer = { id: actors.reviewerId, role: 'reviewer' as const };
  let version = (await db.claim.findUniqueOrThrow({ where: { id: tenth.id }, select: { version: true } })).version;
  ({ version } = await transitionClaim(editor, { claimId: tenth.id, version, action: 'start' }, db));
  ({ version } = await transitionClaim(
    editor,
    { claimId: tenth.id, version, action: 'propose', verdict: 'needs_context', rationale: RATIONALE_AR },
    db,
  ));
  ({ version } = await transitionClaim(reviewer, { claimId: tenth.id, version, action: 'approve' }, db));
  const published = await transitionClaim(editor, { claimId: tenth.id, version, action: 'publish', publication: PUBLICATION }, db);
  log(`published the demo fact-check ${published.factCheckSlug} (${claims.length} outlets' claims)`);
  return published.factCheckSlug;
}
