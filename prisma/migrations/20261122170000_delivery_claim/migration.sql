-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "claimedAt" TIMESTAMPTZ(3);
