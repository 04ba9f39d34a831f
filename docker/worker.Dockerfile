# The worker: outbox relay and BullMQ jobs; no HTTP. Scale by running more containers.
#   docker build -f docker/worker.Dockerfile -t dvc-worker .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
RUN npx nx run api:build --outputStyle=static && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production FILES_DIR=/var/lib/dvc/files
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/server ./dist/server
RUN mkdir -p /var/lib/dvc/files && chown -R node:node /var/lib/dvc
USER node
CMD ["node", "--enable-source-maps", "dist/server/apps/worker/src/main.js"]
