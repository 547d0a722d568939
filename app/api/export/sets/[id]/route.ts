import { defineRoute, EVERYONE } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors/app-error';
import { exportResponse } from '@/lib/claims/export-response';
import { parseId } from '@/lib/validation/params';

export const dynamic = 'force-dynamic';

/** GET /api/export/sets/{id}?format=json|csv|datafeed&include=all (lib/export/README.md) */
export const GET = defineRoute<{ id: string }>('export.set', { roles: EVERYONE }, async (req, { params }) => {
  const setId = parseId(params.id);
  if (!setId) throw new AppError('not_found', 'no such claim set');
  return exportResponse(req, { kind: 'set', setId });
});
