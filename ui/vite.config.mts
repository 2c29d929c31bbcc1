import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The web app is built into ui/dist as static files served from the gateway's origin, so the app
 * calls `/graphql` on its own origin and no CORS or token-carrying cookie is needed. `npm run dev
 * --workspace ui` serves it with hot reload and forwards `/graphql` and `/ide` (the demo users'
 * development tokens) to the gateway at SILTA_GATEWAY_URL (default the hub's http://localhost:4000).
 */
const gateway = process.env["SILTA_GATEWAY_URL"] ?? "http://localhost:4000";

export default defineConfig({
  root: import.meta.dirname,
  // Served at /app/ of the gateway's origin (gateway/src/webApp/webAppRoute.ts).
  base: "/app/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The first page's budget (250 kB of JavaScript, gzipped) is checked by test/bundleBudget.test.ts
    // from this manifest.
    manifest: true,
    sourcemap: false,
  },
  server: {
    port: Number(process.env["SILTA_UI_PORT"] ?? 5173),
    proxy: { "/graphql": gateway, "/ide": gateway, "/app/config.json": gateway },
  },
});
