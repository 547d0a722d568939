// Fills a database with N synthetic claims (default 1,000,000) for the claims-table benchmark.
//
//   EMBEDDED_PG_PORT=54331 npx tsx bench/claims-table/generate.ts [--claims 1000000] [--database claims_bench]
//
// Recreates the embedded database (never touches DATABASE_URL), migrates it, loads the demo data
// (users + the five seed articles, as `npm start` does), then bulk-inserts articles, claims, slots
// and suggested links with INSERT … SELECT generate_series, in PostgreSQL, in a few statements.
// Claims are the seed articles' own claim sentences (37 templates) with varied figures, the
// person «بلينكن» swapped for one of 100 names (so a name search matches ~0.5% of claims, not
// half of them), 40 outlets, 50,000 articles dated over 600 days, and a realistic status mix.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { extractArticle } from '../../lib/extraction/index';
import { normalizeArabic } from '../../lib/arabic';
import { openDatabase, migrateDatabase, projectRoot } from '../../lib/ops/database';
import { seedIfEmpty } from '../../prisma/seed-demo';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('claims', '1000000'));
process.env.EMBEDDED_PG_DATABASE = arg('database', 'claims_bench');
if (process.env.DATABASE_URL) throw new Error('generate.ts recreates its database: run it on the embedded server, without DATABASE_URL');

const FAMILY = `بلينكن سوليفان بيرنز ماكغورك هوكستين أوستن كيربي ميلر هاريس ترامب ماكرون شولتس سوناك ستارمر ميلوني أردوغان رئيسي عبداللهيان بوتين لافروف
شي وانغ غوتيريش بوريل ميشيل فون_دير_لاين لازاريني غريفيث تورك كريم_خان السيسي شكري مدبولي عبدالله الصفدي الخصاونة بن_سلمان بن_فرحان بن_زايد
بن_حمد آل_ثاني الخليفي بن_عبدالرحمن ميقاتي بري عون هوكشتاين نتنياهو غالانت غانتس آيزنكوت لابيد سموتريتش بن_غفير هاليفي هغاري بار برنياع
هنية السنوار الضيف مشعل أبو_مرزوق الحية حمدان عباس اشتية مصطفى الشيخ الرجوب دحلان البرغوثي المالكي منصور نبيه أبو_ردينة السوداني الحلبوسي
الصدر العامري الكاظمي بارزاني طالباني ميقاتي_الأب الأسد المقداد صباغ الحوثي عبدالسلام بن_مبارك العليمي حفتر الدبيبة المنفي تبون عطاف سعيد
الجراندي أخنوش بوريطة البرهان حميدتي آبي كيير ماكرون_الابن`
  .split(/\s+/)
  .filter(Boolean)
  .map((n) => n.replace(/_/g, ' '))
  .slice(0, 100);

const OUTLETS = `الحرة معا السومرية_نيوز صدى_البلد الجزيرة العربية سكاي_نيوز_عربية بي_بي_سي_عربي فرانس_24 الشرق_الأوسط القدس_العربي العربي_الجديد الأهرام
اليوم_السابع المصري_اليوم الشروق الوطن النهار الأخبار المدن عنب_بلدي الغد الدستور الرأي عمون الخليج البيان الاتحاد الراية الوطن_القطرية القبس
الرياض عكاظ المدينة هسبريس الشروق_الجزائرية الخبر الصباح_التونسية الوسط الأيام`
  .split(/\s+/)
  .filter(Boolean)
  .map((n) => n.replace(/_/g, ' '))
  .slice(0, 40);

interface Template {
  text: string;
  norm: string;
  slotType: string | null;
  slotRaw: string | null;
}

function templates(): Template[] {
  const dir = path.join(projectRoot, 'seeds');
  const out: Template[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    for (const c of extractArticle(readFileSync(path.join(dir, f), 'utf8'), { fileName: f }).claims) {
      // «أنتوني بلينكن» / «بلينكن» → a placeholder the SQL fills with one of FAMILY
      const text = c.text.replace(/(أنتوني\s+)?بلينكن/g, '{P}');
      // placeholder put in after normalization (normalizeArabic lowercases it)
      const norm = normalizeArabic(c.text).replace(/(انتوني\s+)?بلينكن/g, '{P}');
      out.push({ text, norm, slotType: c.slots[0]?.type ?? null, slotRaw: c.slots[0]?.raw ?? null });
    }
  }
  return out;
}

async function main() {
  const t0 = Date.now();
  const db = await openDatabase({ fresh: true });
  const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${m}`);
  try {
    await migrateDatabase(db.url);
    await seedIfEmpty(db.url, log);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const q = async (label: string, sql: string, params: unknown[] = []) => {
      const t = Date.now();
      const r = await client.query(sql, params);
      log(`${label}: ${r.rowCount ?? 0} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      return r;
    };
    const tpl = templates();
    const articles = Math.max(1, Math.round(N / 20));
    // Bulk load without the two GIN indexes, then build them once (the same definitions as the
    // *_search_and_checks and *_claims_search_vector migrations). PostgreSQL fills the generated
    // search_vector column as the claims are inserted.
    await q('drop search indexes', 'DROP INDEX IF EXISTS claims_search_vector_idx, claims_trgm_idx');
    await q('outlets', `INSERT INTO outlets (name, name_key) SELECT n, n || ' #bench' FROM unnest($1::text[]) n ON CONFLICT DO NOTHING`, [OUTLETS]);
    const users = (await client.query<{ id: string }>(`SELECT id FROM users WHERE role IN ('editor','admin') ORDER BY email`)).rows.map((r) => r.id);
    await q(
      'articles',
      `INSERT INTO articles (outlet_id, title, published_at, language, text, content_hash, source_name, updated_at)
       SELECT (SELECT id FROM outlets ORDER BY id OFFSET (g % 40) LIMIT 1),
              'مقال تجريبي رقم ' || g,
              CASE WHEN g % 20 = 0 THEN NULL ELSE date '2023-10-07' + (g * 7 % 600) END,
              'ar', 'مقال تجريبي رقم ' || g, md5('bench' || g) || md5('hcneb' || g), 'bench', now()
       FROM generate_series(1, $1::int) g`,
      [articles],
    );
    const { rows: base } = await client.query<{ a: number; c: number }>(
      `SELECT (SELECT min(id) FROM articles WHERE source_name = 'bench')::int AS a, COALESCE((SELECT max(id) FROM claims), 0)::int AS c`,
    );
    await q(
      'claims',
      `WITH t AS (SELECT i, text, norm FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(text, norm, i)),
            p AS (SELECT i, name, norm FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS y(name, norm, i)),
            g AS (SELECT g, 1 + (g * 2654435761 % $5::bigint)::int AS ti, 1 + (g * 40503 % 100)::int AS pi, g % 100 AS s FROM generate_series(1, $6::bigint) g)
       INSERT INTO claims (article_id, text, start, "end", normalized_text, checkworthiness, status, verdict, assignee_id,
                           proposed_by_id, reasons, created_at, updated_at)
       SELECT $7::int + ((g.g - 1) / 20)::int,
              regexp_replace(replace(t.text, '{P}', p.name), '[0-9]+', (1 + g.g * 7919 % 2000)::text),
              ((g.g - 1) % 20) * 200, ((g.g - 1) % 20) * 200 + 150,
              regexp_replace(replace(t.norm, '{P}', p.norm), '[0-9]+', (1 + g.g * 7919 % 2000)::text),
              (g.g * 37 % 101) / 100.0,
              (CASE WHEN s < 55 THEN 'new' WHEN s < 70 THEN 'in_review' WHEN s < 78 THEN 'verdict_proposed' WHEN s < 83 THEN 'returned'
                    WHEN s < 90 THEN 'approved' WHEN s < 98 THEN 'published' ELSE 'corrected' END)::"ClaimStatus",
              (CASE WHEN s < 70 THEN NULL ELSE (ARRAY['true','partly_true','misleading','needs_context','false','unverifiable'])[1 + g.g % 6] END)::"Verdict",
              CASE WHEN g.g % 10 < 3 THEN $8::text WHEN g.g % 10 = 3 THEN $9::text ELSE NULL END,
              CASE WHEN s >= 70 THEN $8::text ELSE NULL END,
              '{}', now() - (g.g % 500000) * interval '1 minute', now() - (g.g * 13 % 500000) * interval '1 minute'
       FROM g JOIN t ON t.i = g.ti JOIN p ON p.i = g.pi`,
      [tpl.map((x) => x.text), tpl.map((x) => x.norm), FAMILY, FAMILY.map(normalizeArabic), tpl.length, N, base[0].a, users[1] ?? users[0], users[0]],
    );
    // one slot per claim whose template has one (its first figure), with the varied number
    await q(
      'claim_slots',
      `WITH t AS (SELECT i, type, raw FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(type, raw, i))
       INSERT INTO claim_slots (claim_id, type, value, raw, hedge)
       SELECT c.id, t.type::"SlotType", 1 + (c.id - $3::int)::bigint * 7919 % 2000, t.raw, 'exact'
       FROM claims c JOIN t ON t.i = 1 + ((c.id - $3::int)::bigint * 2654435761 % $4::bigint)::int
       WHERE c.id > $3::int AND t.type IS NOT NULL`,
      [tpl.map((x) => x.slotType), tpl.map((x) => x.slotRaw), base[0].c, tpl.length],
    );
    // about 2% of claims with a suggested contradiction to a neighbour
    await q(
      'claim_links',
      `INSERT INTO claim_links (claim_a_id, claim_b_id, relation, origin, state, confidence, updated_at)
       SELECT id, id + 21, 'contradicts', 'suggested', 'suggested', 0.8, now() FROM claims WHERE id > $1::int AND id % 50 = 0 AND id + 21 <= (SELECT max(id) FROM claims)`,
      [base[0].c],
    );
    await q('claims_search_vector_idx', `CREATE INDEX claims_search_vector_idx ON claims USING gin (search_vector)`);
    await q('claims_trgm_idx', `CREATE INDEX claims_trgm_idx ON claims USING gin (normalized_text gin_trgm_ops)`);
    await q('vacuum analyze', 'VACUUM ANALYZE');
    const { rows: sizes } = await client.query(
      `SELECT (SELECT count(*) FROM claims)::int AS claims, (SELECT count(*) FROM articles)::int AS articles,
              (SELECT count(*) FROM claim_slots)::int AS slots, (SELECT count(*) FROM claim_links)::int AS links,
              pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    log(`done: ${JSON.stringify(sizes[0])}`);
    await client.end();
  } finally {
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
