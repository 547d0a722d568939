import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { exportChunks } from './write-export';
import { CSV_BOM, CSV_COLUMNS, neutralizeCell, scopeLabel } from './csv';
import { parseExportParams, exportUrl } from './params';
import type { ExportClaim, ExportFormat, ExportMeta } from './types';

function claim(id: number, text: string, extra: Partial<ExportClaim> = {}): ExportClaim {
  return {
    id,
    status: 'approved',
    verdict: 'needs_context',
    rationale: 'السياق: «جولات مختلفة»، وليست زيارة واحدة',
    passage: { text, start: 10, end: 10 + text.length, section: 'body' },
    speaker: null,
    via: 'فرانس برس',
    checkworthiness: 0.85,
    questionKey: 'ordinal|visit',
    questionLabel: null,
    source: { outlet: 'الحرة', outletUrl: null, articleId: 7, title: 'بلينكن يصل إلى القاهرة', url: null, publishedAt: '2024-06-10', language: 'ar' },
    slots: [{ type: 'ordinal', value: 10, min: null, max: null, unit: 'زيارة', currency: null, hedge: 'exact', year: null, month: null, day: null, raw: 'العاشرة' }],
    links: [{ claimId: 9, relation: 'related', state: 'confirmed', origin: 'editor', confidence: null, possiblyDifferentEvents: true }],
    factCheck: null,
    ...extra,
  };
}

// Arabic with hamza and diacritics, commas, quotes, newlines and formula-like starts
const TRICKY = [
  claim(1, 'وهذه الزيارةُ العاشرة لبلينكن، «إلى المنطقة» منذ بدأت الحرب.'),
  claim(2, 'قال: "لا اتفاق"، ثم أضاف\nسطرًا ثانيًا\r\nوثالثًا'),
  claim(3, '=1+1'),
  claim(4, '+x'),
  claim(5, '-x', { verdict: null, status: 'published' }),
  claim(6, '@x', { speaker: '=HYPERLINK("http://evil")' }),
  claim(7, '\tتبويب في البداية'),
];

const meta = (includesUnreviewed = false, at = '2026-01-02T03:04:05.000Z'): ExportMeta => ({
  generatedAt: new Date(at),
  scope: { kind: 'set', id: 3, name: 'زيارات بلينكن, "مجموعة"' },
  includesUnreviewed,
  siteUrl: 'https://sadaa.example',
  publisher: { name: 'صدى', url: 'https://sadaa.example' },
});

async function* batches(claims: ExportClaim[], size: number) {
  for (let i = 0; i < claims.length; i += size) yield claims.slice(i, i + size);
}

async function render(format: ExportFormat, claims: ExportClaim[], m = meta(), size = 3): Promise<string> {
  let out = '';
  for await (const chunk of exportChunks(format, m, batches(claims, size))) out += chunk;
  return out;
}

describe('CSV export', () => {
  it('starts with a BOM and the header, and parses back to the data (Arabic, commas, quotes, newlines)', async () => {
    const csv = await render('csv', TRICKY);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data.filter((r) => r.length > 1);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(TRICKY.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows[0][col('text')]).toBe(TRICKY[0].passage.text);
    expect(rows[1][col('text')]).toBe(TRICKY[1].passage.text);
    expect(rows[0][col('rationale')]).toBe(TRICKY[0].rationale);
    expect(rows[0][col('outlet')]).toBe('الحرة');
    expect(rows.map((r) => Number(r[col('claim_id')]))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('neutralizes formula-like cells with a leading apostrophe', async () => {
    const csv = await render('csv', TRICKY);
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data.slice(1);
    const text = CSV_COLUMNS.indexOf('text');
    expect(rows[2][text]).toBe("'=1+1");
    expect(rows[3][text]).toBe("'+x");
    expect(rows[4][text]).toBe("'-x");
    expect(rows[5][text]).toBe("'@x");
    expect(rows[5][CSV_COLUMNS.indexOf('speaker')]).toBe('\'=HYPERLINK("http://evil")');
    expect(rows[6][text]).toBe("'\tتبويب في البداية");
    expect(neutralizeCell('\rx')).toBe("'\rx");
    expect(neutralizeCell('عادي = نص')).toBe('عادي = نص');
  });

  it('marks every row with the scope: reviewed-only by default, includes-unreviewed with include=all', async () => {
    const col = CSV_COLUMNS.indexOf('export_scope');
    const reviewed = Papa.parse<string[]>((await render('csv', TRICKY)).slice(1)).data.slice(1).filter((r) => r.length > 1);
    const all = Papa.parse<string[]>((await render('csv', TRICKY, meta(true))).slice(1)).data.slice(1).filter((r) => r.length > 1);
    expect(new Set(reviewed.map((r) => r[col]))).toEqual(new Set(['reviewed-only']));
    expect(new Set(all.map((r) => r[col]))).toEqual(new Set(['includes-unreviewed']));
    expect(scopeLabel({ includesUnreviewed: true })).toBe('includes-unreviewed');
  });

  it('is byte-identical for the same data, whatever the batch size', async () => {
    const a = await render('csv', TRICKY, meta(), 2);
    const b = await render('csv', TRICKY, meta(false, '2030-05-05T00:00:00.000Z'), 5);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('JSON export', () => {
  it('round-trips the claims with the versioned head and the include marker', async () => {
    const doc = JSON.parse(await render('json', TRICKY));
    expect(doc).toMatchObject({ format: 'sadaa.claims', version: 1, generatedAt: '2026-01-02T03:04:05.000Z', includesUnreviewed: false });
    expect(doc.scope).toEqual({ kind: 'set', id: 3, name: 'زيارات بلينكن, "مجموعة"' });
    expect(doc.claims).toEqual(TRICKY);
    expect(JSON.parse(await render('json', TRICKY, meta(true))).includesUnreviewed).toBe(true);
    expect(JSON.parse(await render('json', [])).claims).toEqual([]);
  });

  it('differs only in the generation timestamp between two runs', async () => {
    const a = await render('json', TRICKY, meta(), 2);
    const b = await render('json', TRICKY, meta(false, '2030-05-05T00:00:00.000Z'), 4);
    expect(a).not.toBe(b);
    expect(a.replace('2026-01-02T03:04:05.000Z', 'T')).toBe(b.replace('2030-05-05T00:00:00.000Z', 'T'));
  });
});

describe('ClaimReview DataFeed export', () => {
  it('is a schema.org DataFeed of ClaimReview items, with a status saying whether unreviewed claims are in', async () => {
    const feed = JSON.parse(await render('datafeed', TRICKY));
    expect(feed['@type']).toBe('DataFeed');
    expect(feed.creativeWorkStatus).toBe('Published');
    expect(feed.dataFeedElement).toHaveLength(TRICKY.length);
    const first = feed.dataFeedElement[0];
    expect(first['@type']).toBe('ClaimReview');
    expect(first.claimReviewed).toBe(TRICKY[0].passage.text);
    expect(first.reviewRating).toMatchObject({ ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: 'يحتاج إلى سياق' });
    expect(first.itemReviewed.appearance[0]).toMatchObject({ url: 'https://sadaa.example/ar/articles/7', datePublished: '2024-06-10' });
    expect(feed.dataFeedElement[4].reviewRating).toBeUndefined();
    expect(JSON.parse(await render('datafeed', TRICKY, meta(true))).creativeWorkStatus).toBe('Draft');
  });
});

describe('export parameters', () => {
  it('keeps valid filter values, drops bad ones, never throws', () => {
    const p = parseExportParams(new URLSearchParams('format=csv&include=all&status=approved,bogus&status=new&verdict=false&outlet=2,x,-1&q=%20بلينكن%20'));
    expect(p).toEqual({ format: 'csv', includeAll: true, filter: { status: ['approved', 'new'], verdict: ['false'], outlet: [2], q: 'بلينكن' } });
    expect(parseExportParams(new URLSearchParams('format=xml&include=yes'))).toMatchObject({ format: 'json', includeAll: false });
  });

  it('builds URLs for a set and for a filtered view', () => {
    expect(exportUrl({ setId: 4, format: 'csv' })).toBe('/api/export/sets/4?format=csv');
    expect(exportUrl({ format: 'json', includeAll: true, filter: { status: ['approved'], q: 'زيارة' } })).toBe(
      '/api/export/claims?format=json&include=all&status=approved&q=%D8%B2%D9%8A%D8%A7%D8%B1%D8%A9',
    );
  });
});
