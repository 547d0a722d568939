-- Indexes for the claims table's filters at a million claims (bench/claims-table/RESULTS.md).
-- The capped count ("more than 10,000") of a filter on article date or outlet walks the matching
-- articles, then their claim ids: from this index alone, instead of reading each claim's row.
-- CreateIndex
CREATE INDEX "claims_article_id_id_idx" ON "claims"("article_id", "id");

-- The slot-type filter reads the claim ids of a type from the index alone; (type) is its prefix.
-- DropIndex
DROP INDEX "claim_slots_type_idx";

-- CreateIndex
CREATE INDEX "claim_slots_type_claim_id_idx" ON "claim_slots"("type", "claim_id");

-- Hand-written (partial indexes are not in schema.prisma, like the search indexes): the
-- suggested-conflict filter and marker test each claim against the suggested contradictions,
-- a small subset of all links; these answer from the index alone.
CREATE INDEX "claim_links_suggested_contradiction_a_idx" ON "claim_links"("claim_a_id") WHERE "relation" = 'contradicts' AND "state" = 'suggested';
CREATE INDEX "claim_links_suggested_contradiction_b_idx" ON "claim_links"("claim_b_id") WHERE "relation" = 'contradicts' AND "state" = 'suggested';
