import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Bundles the crash test's writer into one .mjs that plain Node starts quickly (the test
 * spawns it hundreds of times). `electron` is resolved to a stub at bundle time rather than
 * swapping in `conf` as the engine: the child then runs the app's real default path, the
 * lazy import of electron-store included.
 */
export async function buildCrashWriter(outDir: string): Promise<string> {
  const outfile = path.join(outDir, "crash-writer.mjs");
  await build({
    entryPoints: [path.join(here, "crash-writer.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
    // CommonJS dependencies (ajv, through conf) call require; ESM output has none of its own.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    plugins: [
      {
        name: "electron-stub",
        setup(bundler) {
          bundler.onResolve({ filter: /^electron$/ }, () => ({
            path: path.join(here, "electron-stub.ts"),
          }));
        },
      },
    ],
  });
  return outfile;
}
