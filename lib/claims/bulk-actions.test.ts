import { describe, it, expect } from 'vitest';
import { testDb, makeUser } from '../test/db';
import { makeArticleWithClaim } from '../test/fixtures';
import { assignClaims, transitionClaims, addClaimsToSet } from './bulk-actions';

const db = testDb();

async function twoClaims() {
  const a = await makeArticleWithClaim(db);
  const b = await makeArticleWithClaim(db);
  return [a.claim.id, b.claim.id];
}

const audits = (entityType: string, entityId: number) =>
  db.auditLog.findMany({ where: { entityType, entityId: String(entityId) }, orderBy: { id: 'asc' } });

describe('bulk actions (PostgreSQL)', () => {
  it('assigns claims with one audit row each, and refuses unknown ids per row', async () => {
    const editor = await makeUser(db, 'editor');
    const [a, b] = await twoClaims();
    const res = await assignClaims(editor, { claimIds: [a, b, 2_000_000_000], assigneeId: editor.id });
    expect(res.done).toEqual([a, b]);
    expect(res.refused).toEqual([{ id: 2_000_000_000, reason: 'not_found' }]);
    for (const id of [a, b]) {
      expect((await db.claim.findUniqueOrThrow({ where: { id } })).assigneeId).toBe(editor.id);
      const rows = await audits('claim', id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ action: 'assign', actorId: editor.id, before: { assigneeId: null }, after: { assigneeId: editor.id } });
    }
    // assigning again to the same person changes nothing and writes nothing
    await assignClaims(editor, { claimIds: [a], assigneeId: editor.id });
    expect(await audits('claim', a)).toHaveLength(1);
    // unassign
    await assignClaims(editor, { claimIds: [a], assigneeId: null });
    expect((await db.claim.findUniqueOrThrow({ where: { id: a } })).assigneeId).toBeNull();
  });

  it('refuses to assign to a user who does not exist, changing nothing', async () => {
    const editor = await makeUser(db, 'editor');
    const [a] = await twoClaims();
    await expect(assignClaims(editor, { claimIds: [a], assigneeId: 'no-such-user' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await audits('claim', a)).toHaveLength(0);
  });

  it('starts review through the state machine, refusing per row what it does not allow', async () => {
    const editor = await makeUser(db, 'editor');
    const [fresh, approved, stale] = [...(await twoClaims()), (await makeArticleWithClaim(db)).claim.id];
    await db.claim.update({ where: { id: approved }, data: { status: 'approved', version: 3 } });
    await db.claim.update({ where: { id: stale }, data: { version: 2 } });
    const res = await transitionClaims(editor, {
      action: 'start',
      claims: [
        { id: fresh, version: 1 },
        { id: approved, version: 3 },
        { id: stale, version: 1 },
      ],
    });
    expect(res.done).toEqual([fresh]);
    expect(res.refused).toEqual([
      { id: approved, reason: 'status' },
      { id: stale, reason: 'conflict' },
    ]);
    expect((await db.claim.findUniqueOrThrow({ where: { id: fresh } })).status).toBe('in_review');
    expect(await audits('claim', fresh)).toHaveLength(1);
    expect(await db.reviewEvent.count({ where: { claimId: fresh } })).toBe(1);
    expect(await audits('claim', approved)).toHaveLength(0);
    expect((await db.claim.findUniqueOrThrow({ where: { id: approved } })).status).toBe('approved');
  });

  it('a reviewer cannot start review, and nobody approves their own verdict', async () => {
    const reviewer = await makeUser(db, 'reviewer');
    const [a, b] = await twoClaims();
    await db.claim.update({ where: { id: b }, data: { status: 'verdict_proposed', verdict: 'false', proposedById: reviewer.id } });
    expect((await transitionClaims(reviewer, { action: 'start', claims: [{ id: a, version: 1 }] })).refused).toEqual([{ id: a, reason: 'role' }]);
    expect((await transitionClaims(reviewer, { action: 'approve', claims: [{ id: b, version: 1 }] })).refused).toEqual([{ id: b, reason: 'own_verdict' }]);
  });

  it('adds claims to a new set by name, then to that set again without duplicates; audit rows in the same transaction', async () => {
    const editor = await makeUser(db, 'editor');
    const [a, b] = await twoClaims();
    const made = await addClaimsToSet(editor, { claimIds: [a], set: { name: '  زيارات بلينكن  ' } });
    expect(made).toMatchObject({ setName: 'زيارات بلينكن', done: [a], refused: [] });
    const again = await addClaimsToSet(editor, { claimIds: [a, b, 2_000_000_001], set: { setId: made.setId } });
    expect(again.done).toEqual([a, b]);
    expect(again.refused).toEqual([{ id: 2_000_000_001, reason: 'not_found' }]);
    const members = await db.claimSetMember.findMany({ where: { setId: made.setId }, orderBy: { claimId: 'asc' } });
    expect(members.map((m) => m.claimId)).toEqual([a, b].sort((x, y) => x - y));
    const rows = await audits('claim_set', made.setId);
    expect(rows.map((r) => r.action)).toEqual(['create', 'add_members', 'add_members']);
    expect(rows[2].after).toEqual({ claimIds: [b] });
  });

  it('refuses an unknown set and writes nothing', async () => {
    const editor = await makeUser(db, 'editor');
    const [a] = await twoClaims();
    await expect(addClaimsToSet(editor, { claimIds: [a], set: { setId: 2_000_000_002 } })).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.claimSetMember.count({ where: { claimId: a } })).toBe(0);
  });
});
