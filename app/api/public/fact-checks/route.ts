import { NextResponse } from 'next/server';
import { defineRoute } from '@/lib/auth/guard';
import { findPublishedFactChecks } from '@/lib/fact-checks/public-queries';
import { PAGE_SIZE, parseListParams } from '@/lib/fact-checks/list-params';
import { PUBLIC_API_VERSION, summaryJson } from '@/lib/fact-checks/public-json';

export const dynamic = 'force-dynamic';

/** GET /api/public/fact-checks?q=&verdict=&outlet=&page= : published fact-checks, newest first. */
export const GET = defineRoute('factChecks.publicList', { roles: 'public' }, async (req) => {
  const params = parseListParams(new URL(req.url).searchParams);
  const result = await findPublishedFactChecks(params);
  return NextResponse.json(
    {
      version: PUBLIC_API_VERSION,
      page: result.page,
      pageSize: PAGE_SIZE,
      pageCount: result.pageCount,
      total: result.total,
      items: result.items.map(summaryJson),
    },
    { headers: { 'cache-control': 'public, max-age=60, s-maxage=60' } },
  );
});
