import { NextResponse } from 'next/server';
import { defineRoute } from '@/lib/auth/guard';
import { prisma } from '@/lib/db/prisma';
import { getBatchProgress } from '@/lib/imports/batch-progress';
import { parseId } from '@/lib/validation/params';
import { AppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';

/** The page polls this for the progress bar; the per-file report comes with the last answer. */
export const GET = defineRoute<{ id: string }>('import.batch.progress', { roles: ['admin', 'editor'] }, async (_req, { params }) => {
  const id = parseId(params.id);
  const progress = id ? await getBatchProgress(prisma, id) : null;
  if (!progress) throw new AppError('not_found', 'no such import');
  return NextResponse.json(progress, { headers: { 'cache-control': 'no-store' } });
});
