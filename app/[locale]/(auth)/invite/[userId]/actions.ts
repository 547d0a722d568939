'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/auth/guard';
import { acceptInvite } from '@/lib/users/manage-users';

// Public by nature (the person has no account yet): the one-time token is the authorization.
const acceptAction = defineAction(
  'users.acceptInvite',
  {
    roles: 'public',
    input: z.object({ userId: z.string().min(1).max(64), token: z.string().min(20).max(200), password: z.string().min(10).max(128) }),
  },
  async (input) => acceptInvite(input),
);

export async function acceptInvitation(raw: unknown) {
  return acceptAction(raw);
}
