import { describe, it, expect } from 'vitest';
import { testDb, makeUser } from '../test/db';
import { makeArticleWithClaim } from '../test/fixtures';
import { transitionClaim } from './transition-claim';

const db = testDb();

describe('transitionClaim (PostgreSQL)', () => {
  it('four eyes on the server: the proposer cannot approve, another reviewer can; each step is one event and one audit row', async () => {
    const editor = await makeUser(db, 'editor');
    const admin = await makeUser(db, 'admin');
    const reviewer = await makeUser(db, 'reviewer');
    const { claim } = await makeArticleWithClaim(db);
    await transitionClaim(admin, { claimId: claim.id, version: 1, action: 'start' });
    await transitionClaim(admin, { claimId: claim.id, version: 2, action: 'propose', verdict: 'false', rationale: 'الرقم الصحيح 1194' });
    await expect(transitionClaim(admin, { claimId: claim.id, version: 3, action: 'approve' })).rejects.toMatchObject({
      code: 'forbidden',
      details: { refusal: { reason: 'own_verdict' } },
    });
    await expect(transitionClaim(editor, { claimId: claim.id, version: 3, action: 'approve' })).rejects.toMatchObject({
      code: 'forbidden',
      details: { refusal: { reason: 'role' } },
    });
    await transitionClaim(reviewer, { claimId: claim.id, version: 3, action: 'approve' });
    const saved = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(saved).toMatchObject({ status: 'approved', verdict: 'false', proposedById: admin.id, approvedById: reviewer.id, version: 4 });
    expect(await db.reviewEvent.count({ where: { claimId: claim.id } })).toBe(3);
    expect(await db.auditLog.count({ where: { entityId: String(claim.id), entityType: { in: ['claim', 'verdict'] } } })).toBe(3);
  });

  it('a stale version is a conflict and changes nothing', async () => {
    const editor = await makeUser(db, 'editor');
    const { claim } = await makeArticleWithClaim(db);
    await transitionClaim(editor, { claimId: claim.id, version: 1, action: 'start' });
    await expect(transitionClaim(editor, { claimId: claim.id, version: 1, action: 'propose', verdict: 'true' })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe('in_review');
  });

  it('publishing creates the public fact-check; a correction is kept and never edits the claim silently', async () => {
    const [editor, reviewer] = [await makeUser(db, 'editor'), await makeUser(db, 'reviewer')];
    const { claim } = await makeArticleWithClaim(db);
    let v = 1;
    for (const [who, action, extra] of [
      [editor, 'start', {}],
      [editor, 'propose', { verdict: 'misleading', rationale: 'سياق ناقص' }],
      [reviewer, 'approve', {}],
      [editor, 'publish', { publication: { titleAr: 'عنوان التحقق', summaryAr: 'ملخص التحقق' } }],
    ] as const) {
      v = (await transitionClaim(who, { claimId: claim.id, version: v, action, ...extra })).version;
    }
    const fc = await db.factCheck.findUniqueOrThrow({ where: { claimId: claim.id } });
    expect(fc.publishedAt).not.toBeNull();
    expect(fc.titleAr).toBe('عنوان التحقق');
    await expect(transitionClaim(editor, { claimId: claim.id, version: v, action: 'correct' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await transitionClaim(editor, {
      claimId: claim.id,
      version: v,
      action: 'correct',
      comment: 'صُحّح تاريخ الزيارة',
      verdict: 'needs_context',
    });
    const corrections = await db.correction.findMany({ where: { factCheckId: fc.id } });
    expect(corrections.map((c) => c.textAr)).toEqual(['صُحّح تاريخ الزيارة']);
    expect((await db.factCheck.findUniqueOrThrow({ where: { id: fc.id } })).verdict).toBe('needs_context');
  });
});
