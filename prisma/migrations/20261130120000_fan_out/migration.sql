-- CreateTable
CREATE TABLE "FanOut" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" JSONB NOT NULL,
    "cursor" TEXT,
    "expanded" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FanOut_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FanOut_key_key" ON "FanOut"("key");

-- CreateIndex
CREATE INDEX "FanOut_state_idx" ON "FanOut"("state");
