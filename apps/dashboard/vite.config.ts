// Two pages: the dashboard at / and the offline GraphiQL explorer at /explorer/.
// `npm run dev` serves both with /graphql proxied to the server on :4000.
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** In dev, /explorer (no slash) opens GraphiQL as the server does, not the dashboard's fallback page. */
const explorerPath: Plugin = {
  name: "claimline-explorer-path",
  configureServer(server) {
    server.middlewares.use((request, _response, next) => {
      if (request.url === "/explorer" || request.url?.startsWith("/explorer?"))
        request.url = request.url.replace("/explorer", "/explorer/");
      next();
    });
  },
};

export default defineConfig({
  plugins: [react(), explorerPath],
  resolve: {
    // One copy of graphql, the root's, for the browser too.
    dedupe: ["graphql", "react", "react-dom"],
  },
  server: {
    port: 5173,
    proxy: { "/graphql": { target: process.env.CLAIMLINE_API ?? "http://localhost:4000", changeOrigin: true, ws: true } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Monaco (inside GraphiQL) is large by nature; it loads only on /explorer.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      // GraphiQL's modules carry React Compiler's "use no memo" directives, which a bundle drops harmlessly.
      onLog(level, log, handler) {
        if (log.code !== "MODULE_LEVEL_DIRECTIVE") handler(level, log);
      },
      input: { main: here("./index.html"), explorer: here("./explorer/index.html") },
    },
  },
});
