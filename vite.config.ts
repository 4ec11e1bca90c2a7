import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The window: built to static files the Electron shell serves from app:// under a strict CSP
// (no inline scripts or styles), so relative paths and no eval.
export default defineConfig({
  root: "renderer",
  base: "./",
  plugins: [react()],
  build: {
    outDir: "../dist/renderer",
    emptyOutDir: true,
    target: "es2022",
    // Inlined assets would be data: URLs in <link>/<script>, which the CSP forbids.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
