-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "dmPlatform" "Platform";

-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "channelLocale" "Locale";
