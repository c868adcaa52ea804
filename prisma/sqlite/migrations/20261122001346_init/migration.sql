-- CreateTable
CREATE TABLE "Dashboard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "uid" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleKey" TEXT NOT NULL,
    "model" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DashboardTag" (
    "dashboardId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("dashboardId", "tag"),
    CONSTRAINT "DashboardTag_dashboardId_fkey" FOREIGN KEY ("dashboardId") REFERENCES "Dashboard" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DashboardVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dashboardId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "tags" JSONB NOT NULL,
    "model" JSONB NOT NULL,
    "message" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DashboardVersion_dashboardId_fkey" FOREIGN KEY ("dashboardId") REFERENCES "Dashboard" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QueryHistory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "datasource" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "queryHash" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "starred" BOOLEAN NOT NULL DEFAULT false,
    "runCount" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastRunAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Dashboard_uid_key" ON "Dashboard"("uid");

-- CreateIndex
CREATE INDEX "Dashboard_titleKey_idx" ON "Dashboard"("titleKey");

-- CreateIndex
CREATE INDEX "Dashboard_updatedAt_idx" ON "Dashboard"("updatedAt");

-- CreateIndex
CREATE INDEX "DashboardTag_tag_idx" ON "DashboardTag"("tag");

-- CreateIndex
CREATE UNIQUE INDEX "DashboardVersion_dashboardId_version_key" ON "DashboardVersion"("dashboardId", "version");

-- CreateIndex
CREATE INDEX "QueryHistory_datasource_lastRunAt_idx" ON "QueryHistory"("datasource", "lastRunAt");

-- CreateIndex
CREATE INDEX "QueryHistory_starred_lastRunAt_idx" ON "QueryHistory"("starred", "lastRunAt");

-- CreateIndex
CREATE INDEX "QueryHistory_lastRunAt_idx" ON "QueryHistory"("lastRunAt");

-- CreateIndex
CREATE UNIQUE INDEX "QueryHistory_datasource_queryHash_key" ON "QueryHistory"("datasource", "queryHash");
