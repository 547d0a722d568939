import { describe, it, expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import { testDb, makeUser } from '../test/db';
import { inviteUser, changeRole, acceptInvite } from './manage-users';

const db = testDb();

describe('user administration (PostgreSQL)', () => {
  it('an invitation creates the user, works once, and stores only a hash of the token', async () => {
    const admin = await makeUser(db, 'admin');
    const email = `new-${randomUUID()}@test.example`;
    const { userId, token } = await inviteUser(admin, { name: 'محررة جديدة', email, role: 'editor' });
    const stored = await db.verification.findFirstOrThrow({ where: { identifier: `invite:${userId}` } });
    expect(stored.value).not.toBe(token);
    await expect(acceptInvite({ userId, token: 'wrong', password: 'a-long-password' })).rejects.toMatchObject({ code: 'not_found' });
    await acceptInvite({ userId, token, password: 'a-long-password' });
    expect(await db.account.count({ where: { userId, providerId: 'credential' } })).toBe(1);
    await expect(acceptInvite({ userId, token, password: 'another-password' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.auditLog.count({ where: { entityType: 'user', entityId: userId } })).toBe(2);
  });

  it('refuses a second account with the same email', async () => {
    const admin = await makeUser(db, 'admin');
    const email = `dup-${randomUUID()}@test.example`;
    await inviteUser(admin, { name: 'a', email, role: 'editor' });
    await expect(inviteUser(admin, { name: 'b', email: email.toUpperCase(), role: 'reviewer' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('a role change revokes the sessions of that user and is audited', async () => {
    const admin = await makeUser(db, 'admin');
    const editor = await makeUser(db, 'editor');
    await db.session.create({
      data: { id: randomUUID(), token: randomUUID(), userId: editor.id, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    await changeRole(admin, { userId: editor.id, role: 'reviewer' });
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe('reviewer');
    expect(await db.session.count({ where: { userId: editor.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: 'role', entityId: editor.id } });
    expect(audit.before).toEqual({ role: 'editor' });
  });

  it('an admin cannot demote themselves', async () => {
    const admin = await makeUser(db, 'admin');
    await expect(changeRole(admin, { userId: admin.id, role: 'editor' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
