// CSV export: UTF-8 with a BOM (so spreadsheet software reads Arabic right), RFC 4180 quoting
// and CRLF line ends (papaparse's unparse), and formula-like cells (= + - @ tab CR at the start)
// neutralized with a leading apostrophe so opening the file never runs a formula.
import Papa from 'papaparse';
import type { ExportClaim, ExportMeta, ExportSlot } from './types';

export const CSV_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'export_scope',
  'claim_id',
  'status',
  'verdict',
  'text',
  'speaker',
  'via',
  'outlet',
  'article_id',
  'article_title',
  'article_url',
  'article_published_at',
  'language',
  'section',
  'start',
  'end',
  'checkworthiness',
  'question_key',
  'slots',
  'links',
  'fact_check_url',
  'rationale',
] as const;

/** The first column of every row: whether the file holds only reviewed claims. */
export function scopeLabel(meta: Pick<ExportMeta, 'includesUnreviewed'>): string {
  return meta.includesUnreviewed ? 'includes-unreviewed' : 'reviewed-only';
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as written: formula-like text gets a leading apostrophe. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function slotText(s: ExportSlot): string {
  const value =
    s.type === 'date' && s.year !== null
      ? [s.year, s.month, s.day].filter((n) => n !== null).join('-')
      : s.value !== null
        ? String(s.value)
        : `${s.min ?? ''}..${s.max ?? ''}`;
  return `${s.type}=${value}${s.unit ? ` ${s.unit}` : ''}${s.currency ? ` ${s.currency}` : ''}${s.hedge !== 'exact' ? ` (${s.hedge})` : ''} «${s.raw}»`;
}

export function csvRecord(c: ExportClaim, meta: Pick<ExportMeta, 'includesUnreviewed'>): string[] {
  const cells = [
    scopeLabel(meta),
    String(c.id),
    c.status,
    c.verdict ?? '',
    c.passage.text,
    c.speaker ?? '',
    c.via ?? '',
    c.source.outlet ?? '',
    String(c.source.articleId),
    c.source.title ?? '',
    c.source.url ?? '',
    c.source.publishedAt ?? '',
    c.source.language,
    c.passage.section,
    String(c.passage.start),
    String(c.passage.end),
    String(c.checkworthiness),
    c.questionKey ?? '',
    c.slots.map(slotText).join('; '),
    c.links.map((l) => `${l.relation}:${l.claimId} (${l.state})`).join('; '),
    c.factCheck?.url ?? '',
    c.rationale ?? '',
  ];
  return cells.map(neutralizeCell);
}

const UNPARSE = { newline: '\r\n', quotes: false, quoteChar: '"', escapeChar: '"', delimiter: ',', header: false, escapeFormulae: false } as const;

export function csvHeader(): string {
  return CSV_BOM + Papa.unparse([[...CSV_COLUMNS]], UNPARSE) + '\r\n';
}

/** One batch of rows, each ending in CRLF, so batches concatenate into one file. */
export function csvRows(claims: ExportClaim[], meta: Pick<ExportMeta, 'includesUnreviewed'>): string {
  if (claims.length === 0) return '';
  return Papa.unparse(claims.map((c) => csvRecord(c, meta)), UNPARSE) + '\r\n';
}
