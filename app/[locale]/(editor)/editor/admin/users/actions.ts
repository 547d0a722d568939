'use server';

import { z } from 'zod';
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/auth/guard';
import { inviteUser, changeRole } from '@/lib/users/manage-users';

const role = z.enum(['admin', 'editor', 'reviewer']);

const inviteAction = defineAction(
  'users.invite',
  {
    roles: ['admin'],
    input: z.object({ name: z.string().trim().min(2).max(120), email: z.email().max(254), role, locale: z.enum(['ar', 'en']) }),
  },
  async ({ locale, ...input }, admin) => {
    const { userId, token } = await inviteUser(admin, input);
    revalidatePath('/[locale]/editor/admin/users', 'page');
    const h = await headers();
    const origin = process.env.BETTER_AUTH_URL ?? `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host')}`;
    return { link: `${origin}/${locale}/invite/${userId}#${token}` };
  },
);

const changeRoleAction = defineAction(
  'users.changeRole',
  { roles: ['admin'], input: z.object({ userId: z.string().min(1).max(64), role }) },
  async (input, admin) => {
    const res = await changeRole(admin, input);
    revalidatePath('/[locale]/editor/admin/users', 'page');
    return res;
  },
);

export async function invite(raw: unknown) {
  return inviteAction(raw);
}
export async function setRole(raw: unknown) {
  return changeRoleAction(raw);
}
