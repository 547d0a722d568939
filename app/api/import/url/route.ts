import { z } from 'zod';
import { NextResponse } from 'next/server';
import { defineRoute } from '@/lib/auth/guard';
import { prisma } from '@/lib/db/prisma';
import { importUrl } from '@/lib/imports/import-one';
import { metaSchema, readJsonCapped } from '@/lib/imports/request-body';

export const dynamic = 'force-dynamic';

const urlSchema = metaSchema.omit({ url: true }).extend({ url: z.string().trim().min(1).max(2000) });

export const POST = defineRoute('import.url', { roles: ['admin', 'editor'] }, async (req, { user }) => {
  const input = await readJsonCapped(req, 16 * 1024, urlSchema, 'url');
  const result = await importUrl(prisma, input.url, input, user!.id);
  return NextResponse.json({ results: [result] }, { status: result.status === 'stored' ? 201 : 200 });
});
