# One image for every Silta service. The service is chosen by the command (docker-compose.yml):
#   gateway (default)   node --max-semi-space-size=32 dist/gateway.js
#   a subgraph          node --max-semi-space-size=32 dist/subgraphs/<name>.js
#   migrations          npm run db:migrate
# The services run as JavaScript bundled by `npm run build` in the build stage below, always from the
# sources copied into this image, so the bundle cannot drift from them; one-shot commands (migrations,
# seed) run their TypeScript through tsx (docs/decisions/0018-compiled-services.md).

FROM node:24-bookworm-slim AS build
WORKDIR /app
# Manifests first, so the dependency layer is rebuilt only when they change.
COPY package.json package-lock.json ./
COPY registry/package.json registry/
COPY events/package.json events/
COPY kernel/package.json kernel/
COPY export/package.json export/
COPY testkit/package.json testkit/
COPY fhir/package.json fhir/
COPY gateway/package.json gateway/
COPY hub/package.json hub/
COPY subgraphs/clients/package.json subgraphs/clients/
COPY subgraphs/teams/package.json subgraphs/teams/
COPY subgraphs/consents/package.json subgraphs/consents/
COPY subgraphs/fit/package.json subgraphs/fit/
COPY subgraphs/training/package.json subgraphs/training/
COPY subgraphs/integration/package.json subgraphs/integration/
COPY ui/package.json ui/
RUN npm ci --no-audit --no-fund
COPY . .
# Prisma Client per subgraph, offline (scripts/prismaGenerate.ts), the web app's static files
# (ui/dist, served by the gateway at /app/ with WEB_APP_DIR) and the services' bundles (dist/, with
# the Prisma clients in them); then drop what only builds and tests need (the Prisma CLI, Jest,
# codegen, TypeScript).
# The Node 24 binary the project bundles for older machines (docs/decisions/0010-node-24.md) goes too:
# the image has its own, and one `node` on PATH.
RUN npm run generate && npm run build && npm run ui:build && npm prune --omit=dev --no-audit --no-fund && npm cache clean --force \
    && rm -rf node_modules/node-linux-* node_modules/.bin/node

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    PATH=/app/node_modules/.bin:$PATH
WORKDIR /app
# Owned by root and only read by the service: the code cannot be changed by the process running it.
COPY --from=build /app /app
# The unprivileged user of the Node images (uid 1000).
USER node
# The gateway, the six subgraphs, and the development identity provider of compose's dev profile.
EXPOSE 4000 4001 4002 4003 4004 4005 4006 4010
# Node directly rather than through npm/npx: no extra process between the container and Node, so
# SIGTERM from `docker stop` or Kubernetes reaches the service's graceful shutdown. The command is
# scripts/serviceCommands.ts's (scripts/test/serviceCommands.test.ts keeps them the same).
CMD ["node", "--max-semi-space-size=32", "dist/gateway.js"]
