-- DropIndex
DROP INDEX "QueryHistory_datasource_lastRunAt_idx";

-- DropIndex
DROP INDEX "QueryHistory_datasource_queryHash_key";

-- DropIndex
DROP INDEX "QueryHistory_lastRunAt_idx";

-- DropIndex
DROP INDEX "QueryHistory_starred_lastRunAt_idx";

-- AlterTable
-- Hand-edited: rows recorded while the history was shared belong to no user, so they get the owner '' (which no
-- principal has: the repository refuses it) and nobody lists them. The default only fills them, the schema has none.
ALTER TABLE "QueryHistory" ADD COLUMN     "owner" TEXT NOT NULL DEFAULT '';
ALTER TABLE "QueryHistory" ALTER COLUMN "owner" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "QueryHistory_owner_datasource_lastRunAt_idx" ON "QueryHistory"("owner", "datasource", "lastRunAt");

-- CreateIndex
CREATE INDEX "QueryHistory_owner_starred_lastRunAt_idx" ON "QueryHistory"("owner", "starred", "lastRunAt");

-- CreateIndex
CREATE UNIQUE INDEX "QueryHistory_owner_datasource_queryHash_key" ON "QueryHistory"("owner", "datasource", "queryHash");
