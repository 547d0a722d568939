import { describe, it, expect } from 'vitest';
import { testDb, makeUser } from '../test/db';
import { makeArticleWithClaim } from '../test/fixtures';
import { updateClaim } from './update-claim';
import { AppError } from '../errors/app-error';

const db = testDb();

describe('updateClaim (PostgreSQL)', () => {
  it('saves an edit, bumps the version and writes one audit row with before and after', async () => {
    const editor = await makeUser(db, 'editor');
    const { claim } = await makeArticleWithClaim(db);
    const res = await updateClaim(editor, { claimId: claim.id, version: 1, speaker: 'المتحدث باسم الوزارة' });
    expect(res.version).toBe(2);
    const saved = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(saved.speaker).toBe('المتحدث باسم الوزارة');
    const audit = await db.auditLog.findMany({ where: { entityType: 'claim', entityId: String(claim.id) } });
    expect(audit).toHaveLength(1);
    expect(audit[0].before).toMatchObject({ speaker: null, version: 1 });
    expect(audit[0].after).toMatchObject({ speaker: 'المتحدث باسم الوزارة', version: 2 });
  });

  it('a second save on the same version gets a conflict with the current claim, and nothing is overwritten', async () => {
    const [a, b] = [await makeUser(db, 'editor'), await makeUser(db, 'editor')];
    const { claim } = await makeArticleWithClaim(db);
    await updateClaim(a, { claimId: claim.id, version: 1, via: 'فرانس برس' });
    const second = updateClaim(b, { claimId: claim.id, version: 1, via: 'رويترز' });
    await expect(second).rejects.toMatchObject({ code: 'conflict', details: { current: { version: 2, via: 'فرانس برس' } } });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).via).toBe('فرانس برس');
  });

  it('50 parallel saves of one version: exactly one wins, one audit row', async () => {
    const users = await Promise.all(Array.from({ length: 5 }, () => makeUser(db, 'editor')));
    const { claim } = await makeArticleWithClaim(db);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => updateClaim(users[i % 5], { claimId: claim.id, version: 1, speaker: `متحدث ${i}` })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const l of lost) expect((l.reason as AppError).code).toBe('conflict');
    expect(await db.auditLog.count({ where: { entityType: 'claim', entityId: String(claim.id) } })).toBe(1);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(2);
  });

  it('keeps the text a slice of the article and refuses a passage outside it', async () => {
    const editor = await makeUser(db, 'editor');
    const { claim, article } = await makeArticleWithClaim(db);
    const start = article.text.indexOf('وأضاف');
    await updateClaim(editor, { claimId: claim.id, version: 1, span: { start, end: article.text.length } });
    const saved = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(saved.text).toBe(article.text.slice(start));
    await expect(updateClaim(editor, { claimId: claim.id, version: 2, span: { start: 0, end: 10_000 } })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('refuses to edit a published claim', async () => {
    const editor = await makeUser(db, 'editor');
    const { claim } = await makeArticleWithClaim(db);
    await db.claim.update({ where: { id: claim.id }, data: { status: 'published' } });
    await expect(updateClaim(editor, { claimId: claim.id, version: 1, speaker: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
