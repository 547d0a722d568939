'use server';

import { revalidatePath } from 'next/cache';
import { defineAction, EVERYONE, type ActionResult } from '@/lib/auth/guard';
import { addMembersInput, createSetInput, deleteSetInput, removeMemberInput, renameSetInput } from '@/lib/claim-sets/schemas';
import { createClaimSet } from '@/lib/claim-sets/create-set';
import { renameClaimSet } from '@/lib/claim-sets/rename-set';
import { deleteClaimSet } from '@/lib/claim-sets/delete-set';
import { addClaimsToSet, removeClaimFromSet } from '@/lib/claim-sets/members';

const createSetAction = defineAction('claimSets.create', { roles: EVERYONE, input: createSetInput }, async (input, user) => {
  const set = await createClaimSet(user, input);
  revalidatePath('/[locale]/editor/sets', 'page');
  return set;
});

const renameSetAction = defineAction('claimSets.rename', { roles: EVERYONE, input: renameSetInput }, async (input, user) => {
  const set = await renameClaimSet(user, input);
  revalidatePath('/[locale]/editor/sets', 'layout');
  return set;
});

const deleteSetAction = defineAction('claimSets.delete', { roles: EVERYONE, input: deleteSetInput }, async (input, user) => {
  const done = await deleteClaimSet(user, input);
  revalidatePath('/[locale]/editor/sets', 'layout');
  return done;
});

const addMembersAction = defineAction('claimSets.addMembers', { roles: EVERYONE, input: addMembersInput }, async (input, user) => {
  const done = await addClaimsToSet(user, input);
  revalidatePath('/[locale]/editor/sets', 'layout');
  return done;
});

const removeMemberAction = defineAction('claimSets.removeMember', { roles: EVERYONE, input: removeMemberInput }, async (input, user) => {
  const done = await removeClaimFromSet(user, input);
  revalidatePath('/[locale]/editor/sets', 'layout');
  return done;
});

export async function createSet(raw: unknown) {
  return createSetAction(raw);
}
export async function renameSet(raw: unknown) {
  return renameSetAction(raw);
}
export async function deleteSet(raw: unknown) {
  return deleteSetAction(raw);
}
/** For the claims table's "add selection to set": { setId, claimIds }. */
export async function addClaimsToSetAction(raw: unknown) {
  return addMembersAction(raw);
}
export async function removeFromSet(raw: unknown) {
  return removeMemberAction(raw);
}

/** Form adapters (useActionState): the form's fields in, the result out. */
export async function createSetForm(_prev: ActionResult<unknown> | null, form: FormData) {
  return createSetAction({ name: form.get('name') });
}
export async function renameSetForm(_prev: ActionResult<unknown> | null, form: FormData) {
  return renameSetAction({ setId: form.get('setId'), name: form.get('name') });
}
export async function deleteSetForm(_prev: ActionResult<unknown> | null, form: FormData) {
  return deleteSetAction({ setId: form.get('setId') });
}
export async function removeFromSetForm(_prev: ActionResult<unknown> | null, form: FormData) {
  return removeMemberAction({ setId: form.get('setId'), claimId: form.get('claimId') });
}
