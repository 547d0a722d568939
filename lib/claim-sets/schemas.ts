// One zod schema per claim-set operation, shared by the forms and the server actions.
import { z } from 'zod';

const id = z.coerce.number().int().min(1).max(2_147_483_647);
const name = z.string().trim().min(1).max(120);

export const createSetInput = z.object({ name, description: z.string().trim().max(1000).optional() });
export const renameSetInput = z.object({ setId: id, name });
export const deleteSetInput = z.object({ setId: id });
export const removeMemberInput = z.object({ setId: id, claimId: id });
export const addMembersInput = z.object({ setId: id, claimIds: z.array(id).min(1).max(10_000) });
