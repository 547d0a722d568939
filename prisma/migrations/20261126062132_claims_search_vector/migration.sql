-- Hand-written: Prisma cannot declare generated columns (schema.prisma lists the column as
-- Unsupported("tsvector")? and its GIN index, so the next `npm run db:migration` diff is empty).
--
-- The claims' full-text vector, stored: the same expression as the claims_fts_idx expression
-- index it replaces (to_tsvector('arabic', normalized_text)), computed once per write instead of
-- per row read. With the expression index, every row a query tested outside the index (a recheck,
-- a walk in sort order for a common word) recomputed to_tsvector (~35 µs); now it reads the
-- stored vector. The column is maintained by PostgreSQL on INSERT and on UPDATE of
-- normalized_text; the app never writes it. Rewrites the table once and rebuilds its indexes
-- (a few minutes per million claims: bench/claims-table/RESULTS.md), holding a lock on claims.

-- DropIndex first: every full-text query on claims now reads search_vector, and adding the
-- column rewrites the table and rebuilds its indexes (this one would recompute to_tsvector).
DROP INDEX "claims_fts_idx";

-- AlterTable
ALTER TABLE "claims" ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (to_tsvector('arabic'::regconfig, "normalized_text")) STORED;

-- CreateIndex
CREATE INDEX "claims_search_vector_idx" ON "claims" USING GIN ("search_vector");

