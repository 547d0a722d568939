// `claims export [--set ID] [--format json|csv|datafeed] [--include all] [--status S,…]
//  [--verdict V,…] [--outlet ID,…] [--q TEXT]`: the same files as the app's export buttons, from
// the app's database (DATABASE_URL, else the embedded one), streamed to stdout batch by batch.
import { once } from 'node:events';
import { badUsage } from '../cli-error';
import { openDatabase } from '../../ops/database';
import { createPrismaClient } from '../../db/client';
import { exportChunks } from '../../export/write-export';
import { parseExportParams } from '../../export/params';
import type { ExportMeta } from '../../export/types';
import { exportWhere, readExportBatches } from '../../claims/export-batches';
import { publisherOrg, siteUrl } from '../../fact-checks/site';

const FLAGS = new Set(['--set', '--format', '--include', '--status', '--verdict', '--outlet', '--q']);

export async function run(args: string[]): Promise<void> {
  const sp = new URLSearchParams();
  let setId: number | null = null;
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (!FLAGS.has(flag) || value === undefined) throw badUsage(`export: unknown option or missing value "${flag}"`);
    if (flag === '--set') {
      setId = Number(value);
      if (!Number.isInteger(setId) || setId < 1) throw badUsage('export: --set needs a set id');
    } else sp.set(flag.slice(2), value);
  }
  const params = parseExportParams(sp);
  const db = await openDatabase();
  const client = createPrismaClient(db.url, 2);
  try {
    let scope: ExportMeta['scope'] = { kind: 'filter', filter: params.filter };
    if (setId !== null) {
      const set = await client.claimSet.findUnique({ where: { id: setId }, select: { id: true, name: true } });
      if (!set) throw badUsage(`export: no claim set ${setId}`);
      scope = { kind: 'set', id: set.id, name: set.name };
    }
    const meta: ExportMeta = { generatedAt: new Date(), scope, includesUnreviewed: params.includeAll, siteUrl: siteUrl(), publisher: publisherOrg() };
    const where = exportWhere(setId !== null ? { kind: 'set', setId } : { kind: 'filter', filter: params.filter }, params.includeAll);
    let rows = 0;
    const counted = (async function* () {
      for await (const batch of readExportBatches(client, where, meta.siteUrl)) {
        rows += batch.length;
        yield batch;
      }
    })();
    for await (const chunk of exportChunks(params.format, meta, counted)) {
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    }
    process.stderr.write(`exported ${rows} claims (${params.includeAll ? 'including unreviewed' : 'approved or published only'})\n`);
  } finally {
    await client.$disconnect();
    await db.stop();
  }
}
