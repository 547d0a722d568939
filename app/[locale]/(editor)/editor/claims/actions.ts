'use server';
import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction, EVERYONE } from '@/lib/auth/guard';
import { assignClaims, transitionClaims, addClaimsToSet } from '@/lib/claims/bulk-actions';

// Each action is a public HTTP endpoint: the guard checks the session, the role and the input;
// the lib function does the work and the audit in one transaction.

const claimId = z.number().int().positive().max(2_147_483_647);
const claimIds = z.array(claimId).min(1).max(500);

const assignClaimsAction = defineAction(
  'claims.assign',
  { roles: ['editor', 'admin'], input: z.object({ claimIds, assigneeId: z.string().min(1).max(64).nullable() }) },
  async (input, user) => {
    const result = await assignClaims(user, input);
    revalidatePath('/[locale]/editor', 'layout');
    return result;
  },
);

// Anyone signed in may ask; the review state machine decides per row who may take which step.
const transitionClaimsAction = defineAction(
  'claims.transition',
  {
    roles: EVERYONE,
    input: z.object({
      action: z.enum(['start', 'approve']),
      claims: z.array(z.object({ id: claimId, version: z.number().int().positive() })).min(1).max(500),
    }),
  },
  async (input, user) => {
    const result = await transitionClaims(user, input);
    revalidatePath('/[locale]/editor', 'layout');
    return result;
  },
);

const addClaimsToSetAction = defineAction(
  'claims.addToSet',
  {
    roles: ['editor', 'admin'],
    input: z.object({
      claimIds,
      set: z.union([z.object({ setId: claimId }), z.object({ name: z.string().trim().min(1).max(200) })]),
    }),
  },
  async (input, user) => {
    const result = await addClaimsToSet(user, input);
    revalidatePath('/[locale]/editor', 'layout');
    return result;
  },
);

export async function assignClaimsToUser(raw: unknown) {
  return assignClaimsAction(raw);
}
export async function transitionSelectedClaims(raw: unknown) {
  return transitionClaimsAction(raw);
}
export async function addSelectedClaimsToSet(raw: unknown) {
  return addClaimsToSetAction(raw);
}
