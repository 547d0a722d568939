import { describe, it, expect } from 'vitest';
import { testDb, makeUser } from '../test/db';
import { makeArticleWithClaim } from '../test/fixtures';
import { exportChunks } from '../export/write-export';
import { exportWhere, readExportBatches } from './export-batches';
import { createClaimSet } from '../claim-sets/create-set';
import { addClaimsToSet, removeClaimFromSet } from '../claim-sets/members';
import { deleteClaimSet } from '../claim-sets/delete-set';
import type { ExportMeta } from '../export/types';

const db = testDb();

async function exportSet(setId: number, includeAll: boolean, batchSize = 2) {
  const meta: ExportMeta = {
    generatedAt: new Date('2026-01-01T00:00:00Z'),
    scope: { kind: 'set', id: setId, name: 'x' },
    includesUnreviewed: includeAll,
    siteUrl: 'https://sadaa.example',
    publisher: { name: 'صدى', url: 'https://sadaa.example' },
  };
  let out = '';
  const batches = readExportBatches(db, exportWhere({ kind: 'set', setId }, includeAll), meta.siteUrl, batchSize);
  for await (const chunk of exportChunks('json', meta, batches)) out += chunk;
  return JSON.parse(out) as { includesUnreviewed: boolean; claims: { id: number; status: string; passage: { text: string }; slots: unknown[]; source: { articleId: number } }[] };
}

describe('export of a claim set (PostgreSQL)', () => {
  it('exports the approved/published members in id order, equal to the database; include=all adds the rest and says so', async () => {
    const editor = await makeUser(db, 'editor');
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await makeArticleWithClaim(db, `قال المتحدث إن نحو ${1200 + i} شخص قتلوا. وأضاف أن الزيارة هي الثامنة.`)).claim);
    await db.claim.updateMany({ where: { id: { in: [made[0].id, made[2].id, made[3].id] } }, data: { status: 'approved', verdict: 'false' } });
    await db.claim.update({ where: { id: made[3].id }, data: { status: 'published' } });
    const set = await createClaimSet(editor, { name: 'مجموعة اختبار' }, db);
    await addClaimsToSet(editor, { setId: set.id, claimIds: made.map((c) => c.id).reverse() }, db);

    const reviewed = await exportSet(set.id, false);
    expect(reviewed.includesUnreviewed).toBe(false);
    expect(reviewed.claims.map((c) => c.id)).toEqual([made[0].id, made[2].id, made[3].id]);
    const rows = await db.claim.findMany({ where: { id: { in: reviewed.claims.map((c) => c.id) } }, orderBy: { id: 'asc' }, select: { id: true, text: true, status: true, articleId: true } });
    expect(reviewed.claims.map((c) => ({ id: c.id, text: c.passage.text, status: c.status, articleId: c.source.articleId }))).toEqual(
      rows.map((r) => ({ id: r.id, text: r.text, status: r.status, articleId: r.articleId })),
    );

    const all = await exportSet(set.id, true, 1000);
    expect(all.includesUnreviewed).toBe(true);
    expect(all.claims.map((c) => c.id)).toEqual(made.map((c) => c.id));

    await removeClaimFromSet(editor, { setId: set.id, claimId: made[0].id }, db);
    expect((await exportSet(set.id, false)).claims.map((c) => c.id)).toEqual([made[2].id, made[3].id]);
    const audit = await db.auditLog.findMany({ where: { entityType: 'claim_set', entityId: String(set.id) }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['create', 'add_members', 'remove_member']);

    await deleteClaimSet(editor, { setId: set.id }, db);
    expect(await db.claimSet.findUnique({ where: { id: set.id } })).toBeNull();
    expect(await db.claim.count({ where: { id: { in: made.map((c) => c.id) } } })).toBe(5);
  });
});
