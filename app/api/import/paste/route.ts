import { z } from 'zod';
import { NextResponse } from 'next/server';
import { defineRoute } from '@/lib/auth/guard';
import { prisma } from '@/lib/db/prisma';
import { importPaste } from '@/lib/imports/import-one';
import { metaSchema, readJsonCapped } from '@/lib/imports/request-body';
import { MAX_PASTE_BYTES } from '@/lib/imports/limits';

export const dynamic = 'force-dynamic';

const pasteSchema = metaSchema.extend({ text: z.string() });

export const POST = defineRoute('import.paste', { roles: ['admin', 'editor'] }, async (req, { user }) => {
  // JSON keeps Arabic as raw UTF-8, so the body is the text plus a little for the fields
  const input = await readJsonCapped(req, MAX_PASTE_BYTES + 64 * 1024, pasteSchema, 'paste');
  const result = await importPaste(prisma, input.text, input, user!.id);
  return NextResponse.json({ results: [result] }, { status: result.status === 'stored' ? 201 : 200 });
});
