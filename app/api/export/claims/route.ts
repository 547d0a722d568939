import { defineRoute, EVERYONE } from '@/lib/auth/guard';
import { exportResponse } from '@/lib/claims/export-response';
import { parseExportParams } from '@/lib/export/params';

export const dynamic = 'force-dynamic';

/** GET /api/export/claims?format=json|csv|datafeed&include=all&status=&verdict=&outlet=&q= (lib/export/README.md) */
export const GET = defineRoute('export.claims', { roles: EVERYONE }, async (req) =>
  exportResponse(req, { kind: 'filter', filter: parseExportParams(new URL(req.url).searchParams).filter }),
);
