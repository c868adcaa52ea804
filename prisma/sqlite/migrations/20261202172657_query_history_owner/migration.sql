-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_QueryHistory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "datasource" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "queryHash" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "starred" BOOLEAN NOT NULL DEFAULT false,
    "runCount" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastRunAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- Hand-edited: rows recorded while the history was shared belong to no user, so they get the owner '' (which no
-- principal has: the repository refuses it) and nobody lists them. The column keeps no default, like the schema.
INSERT INTO "new_QueryHistory" ("createdAt", "datasource", "id", "lastRunAt", "owner", "query", "queryHash", "runCount", "searchKey", "starred") SELECT "createdAt", "datasource", "id", "lastRunAt", '', "query", "queryHash", "runCount", "searchKey", "starred" FROM "QueryHistory";
DROP TABLE "QueryHistory";
ALTER TABLE "new_QueryHistory" RENAME TO "QueryHistory";
CREATE INDEX "QueryHistory_owner_datasource_lastRunAt_idx" ON "QueryHistory"("owner", "datasource", "lastRunAt");
CREATE INDEX "QueryHistory_owner_starred_lastRunAt_idx" ON "QueryHistory"("owner", "starred", "lastRunAt");
CREATE UNIQUE INDEX "QueryHistory_owner_datasource_queryHash_key" ON "QueryHistory"("owner", "datasource", "queryHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
