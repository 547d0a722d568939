import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors/app-error';
import { exportChunks, toReadableStream, CONTENT_TYPES, EXTENSIONS } from '@/lib/export/write-export';
import { parseExportParams } from '@/lib/export/params';
import type { ExportMeta } from '@/lib/export/types';
import { publisherOrg, siteUrl } from '@/lib/fact-checks/site';
import { exportWhere, readExportBatches, type ExportSource } from './export-batches';

/** A streamed export file for a set or a filtered view; the caller (defineRoute) has checked the role. */
export async function exportResponse(req: Request, source: ExportSource): Promise<Response> {
  const params = parseExportParams(new URL(req.url).searchParams);
  let scope: ExportMeta['scope'];
  if (source.kind === 'set') {
    const set = await prisma.claimSet.findUnique({ where: { id: source.setId }, select: { id: true, name: true } });
    if (!set) throw new AppError('not_found', 'no such claim set');
    scope = { kind: 'set', id: set.id, name: set.name };
  } else {
    scope = { kind: 'filter', filter: params.filter };
  }
  const meta: ExportMeta = { generatedAt: new Date(), scope, includesUnreviewed: params.includeAll, siteUrl: siteUrl(), publisher: publisherOrg() };
  const where = exportWhere(source.kind === 'set' ? source : { kind: 'filter', filter: params.filter }, params.includeAll);
  const body = toReadableStream(exportChunks(params.format, meta, readExportBatches(prisma, where, meta.siteUrl)));
  const name = `${source.kind === 'set' ? `claim-set-${source.setId}` : 'claims'}${params.includeAll ? '-all' : ''}.${EXTENSIONS[params.format]}`;
  return new Response(body, {
    headers: {
      'content-type': CONTENT_TYPES[params.format],
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
