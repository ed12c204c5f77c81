-- AlterTable
ALTER TABLE "Dependency" ADD COLUMN     "providerPersonId" TEXT;

-- CreateIndex
CREATE INDEX "Dependency_providerPersonId_idx" ON "Dependency"("providerPersonId");

-- AddForeignKey
ALTER TABLE "Dependency" ADD CONSTRAINT "Dependency_providerPersonId_fkey" FOREIGN KEY ("providerPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
