'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/auth/guard';
import { createEditorClaim } from '@/lib/claims/create-editor-claim';

const addClaimAction = defineAction(
  'claims.create',
  {
    roles: ['editor', 'admin'],
    input: z.object({ articleId: z.number().int().positive(), start: z.number().int().min(0), end: z.number().int().min(1) }),
  },
  async (input, user) => {
    const res = await createEditorClaim(user, input);
    revalidatePath(`/[locale]/editor/articles/${input.articleId}`, 'page');
    return res;
  },
);

export async function addClaim(raw: unknown) {
  return addClaimAction(raw);
}
