-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "excerpt" TEXT;
