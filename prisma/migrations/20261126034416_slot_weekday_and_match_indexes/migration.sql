-- DropIndex
DROP INDEX "claims_question_key_idx";

-- DropIndex
DROP INDEX "entity_mentions_entity_id_idx";

-- AlterTable
ALTER TABLE "claim_slots" ADD COLUMN     "relative" TEXT,
ADD COLUMN     "weekday" SMALLINT;

-- CreateIndex
CREATE INDEX "claims_question_key_id_idx" ON "claims"("question_key", "id");

-- CreateIndex
CREATE INDEX "entity_mentions_entity_id_claim_id_idx" ON "entity_mentions"("entity_id", "claim_id");
