-- Hand-written: what schema.prisma cannot express.

-- Arabic search: full text over the normalized claim text (Snowball Arabic stemming, built into
-- PostgreSQL) plus trigrams for partial words and spelling variants. Both index normalized_text,
-- which lib/arabic fills with alef/hamza/ya/ta-marbuta/diacritics folded, so a search typed
-- without hamza or with diacritics finds the same claims.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "claims_fts_idx" ON "claims" USING gin (to_tsvector('arabic', "normalized_text"));
CREATE INDEX "claims_trgm_idx" ON "claims" USING gin ("normalized_text" gin_trgm_ops);

-- Public fact-check search runs over the Arabic title and summary.
CREATE INDEX "fact_checks_fts_idx" ON "fact_checks" USING gin (to_tsvector('arabic', "title_ar" || ' ' || "summary_ar"));

-- A link joins two different claims, stored once with the smaller id first.
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_ordered_pair" CHECK ("claim_a_id" < "claim_b_id");

-- Offsets must describe a real slice of the article.
ALTER TABLE "claims" ADD CONSTRAINT "claims_offsets_valid" CHECK ("start" >= 0 AND "end" > "start");
ALTER TABLE "claims" ADD CONSTRAINT "claims_version_positive" CHECK ("version" >= 1);
ALTER TABLE "claims" ADD CONSTRAINT "claims_checkworthiness_range" CHECK ("checkworthiness" >= 0 AND "checkworthiness" <= 1);
