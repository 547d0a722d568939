import { NextResponse } from 'next/server';
import { defineRoute } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors/app-error';
import { getPublishedFactCheck } from '@/lib/fact-checks/public-queries';
import { detailJson } from '@/lib/fact-checks/public-json';

export const dynamic = 'force-dynamic';

/** GET /api/public/fact-checks/{slug}: one published fact-check; a draft's slug is 404 like an unknown one. */
export const GET = defineRoute<{ slug: string }>('factChecks.publicGet', { roles: 'public' }, async (_req, { params }) => {
  const fc = /^[a-z0-9-]{1,200}$/.test(params.slug) ? await getPublishedFactCheck(params.slug) : null;
  if (!fc) throw new AppError('not_found', 'no published fact-check with this slug');
  return NextResponse.json(detailJson(fc), { headers: { 'cache-control': 'public, max-age=60, s-maxage=60' } });
});
