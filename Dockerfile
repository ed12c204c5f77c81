# Saksgang: compiled JavaScript on Node 20, run as the unprivileged `node` user.
# Build: docker build -t saksgang .   Run everything together: docker compose up -d (see compose.yaml and docs/operations.md).

# 1. Compile: every dependency (TypeScript, Prisma's generator), the Prisma client, then tsc to dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY tsconfig.json tsconfig.build.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
COPY src ./src
RUN node scripts/prisma-generate.mjs && node scripts/build.mjs

# 2. Runtime dependencies only.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --loglevel=error && npm cache clean --force

# 3. The image: compiled code, runtime dependencies, migrations and cycle definitions; no compiler, no sources.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0 \
    CONSOLE=off \
    DATA_DIR=/app/data \
    WORKFLOWS_DIR=/app/workflows
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --chown=root:root package.json ./
COPY --chown=root:root prisma/migrations ./prisma/migrations
COPY --chown=root:root workflows ./workflows
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["node", "dist/web/healthcheck-cli.js"]
# Applies pending migrations at start (under a PostgreSQL advisory lock, so web and workers may start together).
# The Node flags are the ones `npm start` uses (package.json; a test keeps them equal): see docs/operations.md, "Memory".
CMD ["node", "--max-semi-space-size=2", "--optimize-for-size", "dist/main.js"]
