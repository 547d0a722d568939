import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { getAuth } from './auth';
import { prisma } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors/app-error';
import type { Role } from '@/lib/generated/prisma/client';

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** The signed-in user, read fresh from the database once per request (roles can change). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, role: true, banned: true },
  });
  if (!user || user.banned) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** Every server action and route handler goes through this (via lib/auth/guard.ts). */
export async function requireUser(roles: readonly Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthenticated', 'sign in to continue');
  if (!roles.includes(user.role)) throw new AppError('forbidden', `this needs the role ${roles.join(' or ')}`);
  return user;
}
