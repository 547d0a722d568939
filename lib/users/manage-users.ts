import { randomBytes, randomUUID, createHash } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { prisma } from '../db/prisma';
import { AppError } from '../errors/app-error';
import { writeAudit } from '../audit/write-audit';
import type { Role } from '../generated/prisma/enums';
import type { CurrentUser } from '../auth/current-user';

const INVITE_DAYS = 7;
// Only a hash of the invitation token is stored: a database dump does not let anyone sign up.
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const inviteIdentifier = (userId: string) => `invite:${userId}`;

/** Creates the account (no password yet) and a one-time link the admin sends to the person. */
export async function inviteUser(admin: Pick<CurrentUser, 'id'>, input: { name: string; email: string; role: Role }) {
  const email = input.email.trim().toLowerCase();
  const token = randomBytes(32).toString('base64url');
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
      throw new AppError('conflict', 'a user with this email exists', { field: 'email' });
    const user = await tx.user.create({
      data: { id: randomUUID(), name: input.name.trim(), email, role: input.role },
      select: { id: true },
    });
    await tx.verification.create({
      data: {
        id: randomUUID(),
        identifier: inviteIdentifier(user.id),
        value: tokenHash(token),
        expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
      },
    });
    await writeAudit(tx, {
      actorId: admin.id,
      entityType: 'user',
      entityId: user.id,
      action: 'invite',
      after: { email, name: input.name, role: input.role },
    });
    return { userId: user.id, token };
  });
}

/** A role change takes effect at once: the person's sessions are revoked, so the next request signs in anew. */
export async function changeRole(admin: Pick<CurrentUser, 'id'>, input: { userId: string; role: Role }) {
  if (input.userId === admin.id) throw new AppError('forbidden', 'admins cannot change their own role (ask another admin)');
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true } });
    if (!user) throw new AppError('not_found', 'no such user');
    if (user.role === input.role) return { changed: false };
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, {
      actorId: admin.id,
      entityType: 'role',
      entityId: user.id,
      action: 'change',
      before: { role: user.role },
      after: { role: input.role, sessionsRevoked: count },
    });
    return { changed: true };
  });
}

/** The invited person chooses a password; the link works once and only until it expires. */
export async function acceptInvite(input: { userId: string; token: string; password: string }) {
  const hash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const invite = await tx.verification.findFirst({
      where: { identifier: inviteIdentifier(input.userId), value: tokenHash(input.token) },
    });
    if (!invite || invite.expiresAt < new Date()) throw new AppError('not_found', 'this invitation is not valid or has expired');
    await tx.account.create({
      data: { id: randomUUID(), accountId: input.userId, providerId: 'credential', userId: input.userId, password: hash },
    });
    await tx.user.update({ where: { id: input.userId }, data: { emailVerified: true } });
    await tx.verification.delete({ where: { id: invite.id } });
    await writeAudit(tx, { actorId: input.userId, entityType: 'user', entityId: input.userId, action: 'accept-invite' });
    return { ok: true };
  });
}

export async function listUsers() {
  const users = await prisma.user.findMany({
    orderBy: [{ role: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, role: true, createdAt: true, _count: { select: { accounts: true, sessions: true } } },
  });
  return users.map(({ _count, ...u }) => ({ ...u, hasPassword: _count.accounts > 0, activeSessions: _count.sessions }));
}
