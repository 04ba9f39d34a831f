# Both Angular apps as static files behind nginx (for a CDN-style deployment); /api is proxied to the api service.
#   docker build -f docker/web.Dockerfile -t dvc-web .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NG_CLI_ANALYTICS=false
RUN npx nx run-many -t build -p portal desk --outputStyle=static

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/portal/browser /usr/share/nginx/html
COPY --from=build /app/dist/apps/desk/browser /usr/share/nginx/html/desk
EXPOSE 8080
