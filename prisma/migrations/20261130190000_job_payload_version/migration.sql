-- AlterTable
ALTER TABLE "ScheduledJob" ADD COLUMN     "payloadVersion" INTEGER NOT NULL DEFAULT 1;
