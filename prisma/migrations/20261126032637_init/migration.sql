-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'editor', 'reviewer');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('new', 'in_review', 'verdict_proposed', 'returned', 'approved', 'published', 'corrected');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('true', 'partly_true', 'misleading', 'needs_context', 'false', 'unverifiable');

-- CreateEnum
CREATE TYPE "ClaimOrigin" AS ENUM ('extracted', 'editor');

-- CreateEnum
CREATE TYPE "Section" AS ENUM ('body', 'related');

-- CreateEnum
CREATE TYPE "SlotType" AS ENUM ('quantity', 'ordinal', 'date', 'duration', 'percent', 'money');

-- CreateEnum
CREATE TYPE "Hedge" AS ENUM ('exact', 'approx', 'at_least', 'at_most', 'range');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('person', 'organization', 'place');

-- CreateEnum
CREATE TYPE "LinkRelation" AS ENUM ('supports', 'contradicts', 'related');

-- CreateEnum
CREATE TYPE "LinkOrigin" AS ENUM ('suggested', 'editor');

-- CreateEnum
CREATE TYPE "LinkState" AS ENUM ('suggested', 'confirmed', 'rejected');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- CreateEnum
CREATE TYPE "ImportItemStatus" AS ENUM ('pending', 'stored', 'duplicate', 'failed');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'editor',
    "banned" BOOLEAN NOT NULL DEFAULT false,
    "ban_reason" TEXT,
    "ban_expires" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "impersonated_by" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMP(3),
    "refresh_token_expires_at" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verifications" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "last_request" BIGINT NOT NULL,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outlets" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "url" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outlets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" SERIAL NOT NULL,
    "outlet_id" INTEGER,
    "title" TEXT,
    "url" TEXT,
    "published_at" DATE,
    "language" VARCHAR(8) NOT NULL DEFAULT 'ar',
    "text" TEXT NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "source_name" TEXT,
    "encoding" VARCHAR(32),
    "imported_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "section" "Section" NOT NULL DEFAULT 'body',
    "normalized_text" TEXT NOT NULL,
    "checkworthiness" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "origin" "ClaimOrigin" NOT NULL DEFAULT 'extracted',
    "speaker" TEXT,
    "via" TEXT,
    "question_key" TEXT,
    "question_label" TEXT,
    "status" "ClaimStatus" NOT NULL DEFAULT 'new',
    "verdict" "Verdict",
    "rationale" TEXT,
    "assignee_id" TEXT,
    "proposed_by_id" TEXT,
    "approved_by_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_slots" (
    "id" SERIAL NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "type" "SlotType" NOT NULL,
    "value" DOUBLE PRECISION,
    "min" DOUBLE PRECISION,
    "max" DOUBLE PRECISION,
    "unit" TEXT,
    "currency" VARCHAR(3),
    "hedge" "Hedge" NOT NULL DEFAULT 'exact',
    "year" INTEGER,
    "month" INTEGER,
    "day" INTEGER,
    "raw" TEXT NOT NULL,
    "start" INTEGER,
    "end" INTEGER,

    CONSTRAINT "claim_slots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entities" (
    "id" SERIAL NOT NULL,
    "type" "EntityType" NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "in_gazetteer" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entity_mentions" (
    "id" SERIAL NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "claim_id" INTEGER,
    "article_id" INTEGER NOT NULL,
    "start" INTEGER,
    "end" INTEGER,

    CONSTRAINT "entity_mentions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_links" (
    "id" SERIAL NOT NULL,
    "claim_a_id" INTEGER NOT NULL,
    "claim_b_id" INTEGER NOT NULL,
    "relation" "LinkRelation" NOT NULL,
    "origin" "LinkOrigin" NOT NULL DEFAULT 'suggested',
    "state" "LinkState" NOT NULL DEFAULT 'suggested',
    "confidence" DOUBLE PRECISION,
    "possibly_different_events" BOOLEAN NOT NULL DEFAULT false,
    "explanation" TEXT,
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMP(3),
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "claim_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_events" (
    "id" SERIAL NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "actor_id" TEXT NOT NULL,
    "from_status" "ClaimStatus" NOT NULL,
    "to_status" "ClaimStatus" NOT NULL,
    "verdict" "Verdict",
    "comment" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fact_checks" (
    "id" SERIAL NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "title_ar" TEXT NOT NULL,
    "title_en" TEXT,
    "summary_ar" TEXT NOT NULL,
    "summary_en" TEXT,
    "body_ar" TEXT NOT NULL,
    "body_en" TEXT,
    "published_at" TIMESTAMP(3),
    "published_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "fact_checks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corrections" (
    "id" SERIAL NOT NULL,
    "fact_check_id" INTEGER NOT NULL,
    "author_id" TEXT NOT NULL,
    "text_ar" TEXT NOT NULL,
    "text_en" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "corrections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_sets" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "filter" JSONB,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "claim_sets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_set_members" (
    "set_id" INTEGER NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "added_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_set_members_pkey" PRIMARY KEY ("set_id","claim_id")
);

-- CreateTable
CREATE TABLE "import_batches" (
    "id" SERIAL NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'queued',
    "total" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "import_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_items" (
    "id" SERIAL NOT NULL,
    "batch_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "status" "ImportItemStatus" NOT NULL DEFAULT 'pending',
    "article_id" INTEGER,
    "error" TEXT,
    "content" BYTEA,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "import_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" TEXT,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_token_key" ON "sessions"("token");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE INDEX "verifications_identifier_idx" ON "verifications"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limits_key_key" ON "rate_limits"("key");

-- CreateIndex
CREATE UNIQUE INDEX "outlets_name_key" ON "outlets"("name");

-- CreateIndex
CREATE UNIQUE INDEX "outlets_name_key_key" ON "outlets"("name_key");

-- CreateIndex
CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles"("content_hash");

-- CreateIndex
CREATE INDEX "articles_outlet_id_published_at_idx" ON "articles"("outlet_id", "published_at");

-- CreateIndex
CREATE INDEX "articles_published_at_idx" ON "articles"("published_at");

-- CreateIndex
CREATE INDEX "claims_status_updated_at_idx" ON "claims"("status", "updated_at");

-- CreateIndex
CREATE INDEX "claims_verdict_idx" ON "claims"("verdict");

-- CreateIndex
CREATE INDEX "claims_assignee_id_status_idx" ON "claims"("assignee_id", "status");

-- CreateIndex
CREATE INDEX "claims_question_key_idx" ON "claims"("question_key");

-- CreateIndex
CREATE INDEX "claims_checkworthiness_idx" ON "claims"("checkworthiness");

-- CreateIndex
CREATE INDEX "claims_created_at_idx" ON "claims"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "claims_article_id_start_end_key" ON "claims"("article_id", "start", "end");

-- CreateIndex
CREATE INDEX "claim_slots_claim_id_idx" ON "claim_slots"("claim_id");

-- CreateIndex
CREATE INDEX "claim_slots_type_idx" ON "claim_slots"("type");

-- CreateIndex
CREATE UNIQUE INDEX "entities_type_name_key_key" ON "entities"("type", "name_key");

-- CreateIndex
CREATE INDEX "entity_mentions_entity_id_idx" ON "entity_mentions"("entity_id");

-- CreateIndex
CREATE INDEX "entity_mentions_claim_id_idx" ON "entity_mentions"("claim_id");

-- CreateIndex
CREATE INDEX "entity_mentions_article_id_idx" ON "entity_mentions"("article_id");

-- CreateIndex
CREATE INDEX "claim_links_claim_b_id_idx" ON "claim_links"("claim_b_id");

-- CreateIndex
CREATE INDEX "claim_links_state_relation_idx" ON "claim_links"("state", "relation");

-- CreateIndex
CREATE UNIQUE INDEX "claim_links_claim_a_id_claim_b_id_key" ON "claim_links"("claim_a_id", "claim_b_id");

-- CreateIndex
CREATE INDEX "review_events_claim_id_created_at_idx" ON "review_events"("claim_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "fact_checks_claim_id_key" ON "fact_checks"("claim_id");

-- CreateIndex
CREATE UNIQUE INDEX "fact_checks_slug_key" ON "fact_checks"("slug");

-- CreateIndex
CREATE INDEX "fact_checks_published_at_idx" ON "fact_checks"("published_at");

-- CreateIndex
CREATE INDEX "fact_checks_verdict_published_at_idx" ON "fact_checks"("verdict", "published_at");

-- CreateIndex
CREATE INDEX "corrections_fact_check_id_created_at_idx" ON "corrections"("fact_check_id", "created_at");

-- CreateIndex
CREATE INDEX "claim_set_members_claim_id_idx" ON "claim_set_members"("claim_id");

-- CreateIndex
CREATE INDEX "import_items_batch_id_status_idx" ON "import_items"("batch_id", "status");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_created_at_idx" ON "audit_log"("entity_type", "entity_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_created_at_idx" ON "audit_log"("actor_id", "created_at");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_slots" ADD CONSTRAINT "claim_slots_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entity_mentions" ADD CONSTRAINT "entity_mentions_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entity_mentions" ADD CONSTRAINT "entity_mentions_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entity_mentions" ADD CONSTRAINT "entity_mentions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_claim_a_id_fkey" FOREIGN KEY ("claim_a_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_claim_b_id_fkey" FOREIGN KEY ("claim_b_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_checks" ADD CONSTRAINT "fact_checks_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_checks" ADD CONSTRAINT "fact_checks_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_fact_check_id_fkey" FOREIGN KEY ("fact_check_id") REFERENCES "fact_checks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_sets" ADD CONSTRAINT "claim_sets_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_set_members" ADD CONSTRAINT "claim_set_members_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "claim_sets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_set_members" ADD CONSTRAINT "claim_set_members_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_items" ADD CONSTRAINT "import_items_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_items" ADD CONSTRAINT "import_items_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
