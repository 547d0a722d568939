import type { ExportMeta } from '../../lib/export/types';

/** The export header both export benchmarks write: every reviewed claim, no filter. */
export const ALL_REVIEWED = { status: [], verdict: [], outlet: [], q: '' };

export function benchMeta(): ExportMeta {
  return {
    generatedAt: new Date(),
    scope: { kind: 'filter', filter: ALL_REVIEWED },
    includesUnreviewed: false,
    siteUrl: 'https://sadaa.example',
    publisher: { name: 'صدى', url: 'https://sadaa.example' },
  };
}
