# The API (serving both Angular apps on one origin) and the migration/seed scripts.
#   docker build -f docker/api.Dockerfile -t dvc-api .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# `npm ci` fails where the lock file lacks other platforms' optional packages (see README).
RUN npm install --no-audit --no-fund
COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NG_CLI_ANALYTICS=false
RUN npx nx run-many -t build -p api portal desk --outputStyle=static \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 WEB_DIST_DIR=dist/apps FILES_DIR=/var/lib/dvc/files
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/scripts/run-migrations.mjs ./scripts/run-migrations.mjs
RUN mkdir -p /var/lib/dvc/files && chown -R node:node /var/lib/dvc
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "dist/server/apps/api/src/main.js"]
