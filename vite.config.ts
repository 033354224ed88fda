import { defineConfig } from "vite";

// A static site: relative asset URLs (works from any host and any sub-path), module workers.
export default defineConfig({
  base: "./",
  worker: { format: "es" },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    rollupOptions: {
      // Two pages: the lab and the scenario library.
      input: { lab: "index.html", scenarios: "scenarios.html" },
      // zod's sources carry comments Rollup cannot place; harmless, but they drown real warnings.
      onwarn(warning, warn) {
        if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("node_modules")) return;
        warn(warning);
      },
    },
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
