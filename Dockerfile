# Lantern's container image: Next's standalone server, non-root, ready for a read-only root filesystem.
#
#   docker build -t registry.example.org/lantern:0.1.0 .
#   docker build --build-arg LANTERN_BASE_PATH=/lantern -t registry.example.org/lantern:0.1.0-lantern .
#
# LANTERN_BASE_PATH is baked into the client bundle by `next build`: an image serves one sub-path (or none).
# lib/deploy/standalone.test.ts assembles the runtime layout below from a local build and starts it.
ARG NODE_IMAGE=node:20-slim

# --- dependencies: npm ci without install scripts, then only the two that are needed -----------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /src
# better-sqlite3 compiles with node-gyp when no prebuilt binary matches; the image's own headers serve it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
ENV npm_config_nodedir=/usr/local \
    CHECKPOINT_DISABLE=1 \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# The postinstall step (Prisma client generation for SQLite and PostgreSQL) needs these.
COPY lib/devstack/cli ./lib/devstack/cli
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY lib/db/url.ts ./lib/db/url.ts
# --ignore-scripts: Prisma's engine packages would try downloads the WebAssembly engine makes unnecessary.
RUN npm ci --ignore-scripts --no-audit --no-fund \
 && npm rebuild better-sqlite3 \
 && node lib/devstack/cli/postinstall.mjs

# --- build: Next's standalone output ---------------------------------------------------------------------------
FROM deps AS build
ARG LANTERN_BASE_PATH=""
ENV LANTERN_BASE_PATH=${LANTERN_BASE_PATH} \
    LANTERN_STANDALONE=1
COPY . .
RUN npx next build

# --- runtime -----------------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG LANTERN_BASE_PATH=""
# HOSTNAME is what server.js binds to (Kubernetes would otherwise set it to the pod name, i.e. the pod IP only,
# which `kubectl port-forward` cannot reach); HOST and PORT are Lantern's own (lib/env.ts).
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    DATABASE_URL=file:/app/data/lantern.db \
    LANTERN_BASE_PATH=${LANTERN_BASE_PATH}
WORKDIR /app
# Everything is owned by root and read-only for the server; it writes only to /app/data (SQLite),
# /app/.next/cache (Next's caches) and /tmp, which the Deployment mounts as volumes.
COPY --from=build /src/.next/standalone ./
COPY --from=build /src/.next/static ./.next/static
# The start-up migration runner (lib/db/migrate.ts) reads <cwd>/prisma/<provider>/migrations.
COPY --from=build /src/prisma/sqlite/migrations ./prisma/sqlite/migrations
COPY --from=build /src/prisma/postgres/migrations ./prisma/postgres/migrations
RUN mkdir -p /app/data /app/.next/cache \
 && chown 65532:65532 /app/data /app/.next/cache
USER 65532:65532
EXPOSE 3000
CMD ["node", "server.js"]
