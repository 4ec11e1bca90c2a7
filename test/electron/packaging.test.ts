import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { builtinModules, createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { APP_ID, APP_NAME } from "../../electron/app-id";

/**
 * Packaging downloads Electron, so it cannot run here: this checks the builder config
 * (against electron-builder's own schema) and that `npm run build` makes every file the
 * package needs.
 */
const root = path.resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId: string;
  productName: string;
  // Normalised by the validation into one filter set.
  files: { filter: string[] }[];
  asarUnpack: string[];
  icon: string;
  electronFuses: Record<string, boolean>;
  win: { target: string[] };
  nsis: { oneClick: boolean; perMachine: boolean };
  mac: { target: string[]; extendInfo: Record<string, unknown> };
  deb: { depends: string[] };
  linux: { target: string[]; maintainer: string };
  extraResources: { from: string; to: string }[];
  protocols: { name: string; schemes: string[] }[];
  publish: { provider: string; releaseType?: string }[];
}

async function loadConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } =
    require("app-builder-lib/out/util/config/config") as {
      getConfig: (dir: string, file: string | null, extra: null) => Promise<unknown>;
      validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
    };
  const { DebugLogger } = require("builder-util") as { DebugLogger: new (on: boolean) => unknown };
  const config = await getConfig(root, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config as BuilderConfig;
}

const packageJson = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  main: string;
  scripts: Record<string, string>;
  author: { name: string; email: string };
  dependencies: Record<string, string>;
};

describe("electron-builder.yml", () => {
  let config: BuilderConfig;
  beforeAll(async () => {
    config = await loadConfig();
  });

  it("is valid for electron-builder and names the targets of PRODUCT §6", () => {
    expect(config.linux.target).toEqual(["deb", "AppImage"]);
    expect(config.win.target).toEqual(["nsis"]);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false });
    expect(config.mac.target).toEqual(["dmg", "zip"]);
    expect(config.mac.extendInfo["LSUIElement"]).toBe(true);
  });

  it("publishes to GitHub releases, where electron-updater looks (a zip for macOS updates)", () => {
    expect(config.publish).toEqual([{ provider: "github", releaseType: "release" }]);
    expect(config.mac.target).toContain("zip");
  });

  it("uses the app id the notifications are sent under on Windows", () => {
    expect(config.appId).toBe(APP_ID);
  });

  it("names the app Jour both packaged and run by npm start, so both use one data folder", () => {
    // Electron names userData after package.json's productName (else its name, "jour").
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
      productName?: string;
    };
    expect(manifest.productName).toBe(APP_NAME);
    expect(config.productName).toBe(APP_NAME);
  });

  it("sets the fuses of a hardened packaged build", () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it("packs dist and package.json, unpacks node-notifier's binaries, and its icon exists", () => {
    expect(config.files.flatMap((set) => set.filter)).toEqual(
      expect.arrayContaining(["dist/**", "package.json"]),
    );
    expect(config.asarUnpack).toContain("node_modules/node-notifier/vendor/**");
    expect(fs.existsSync(path.join(root, "node_modules/node-notifier/vendor"))).toBe(true);
    expect(fs.existsSync(path.join(root, config.icon))).toBe(true);
  });

  it("keeps electron-builder's default deb depends, with libnotify4, and a real maintainer", () => {
    const { default: FpmTarget } = require("app-builder-lib/out/targets/FpmTarget") as {
      default: { prototype: { getDefaultDepends(target: string): string[] } };
    };
    const defaults = FpmTarget.prototype.getDefaultDepends("deb");
    expect(defaults).toContain("xdg-utils");
    expect(config.deb.depends).toEqual(expect.arrayContaining([...defaults, "libnotify4"]));
    const { name, email } = packageJson.author;
    expect(config.linux.maintainer).toBe(`${name} <${email}>`);
    expect(config.linux.maintainer).not.toMatch(/example\.se|jour@/);
  });

  it("registers the jour:// scheme in the installers", () => {
    expect(config.protocols).toEqual([{ name: "Jour", schemes: ["jour"] }]);
  });

  it("ships the third-party notices beside the app", () => {
    expect(config.extraResources).toEqual([
      { from: "dist/THIRD-PARTY-NOTICES.txt", to: "THIRD-PARTY-NOTICES.txt" },
    ]);
  });

  it("has the npm scripts that build, start and package", () => {
    expect(packageJson.main).toBe("dist/electron/main.cjs");
    expect(packageJson.scripts["start"]).toBe(
      "npm run build && node scripts/ensure-electron.mjs && electron .",
    );
    expect(packageJson.scripts["dist"]).toBe("npm run build && electron-builder");
  });
});

describe("npm run build", () => {
  beforeAll(() => {
    execFileSync("npm", ["run", "build"], { cwd: root, stdio: "pipe" });
  }, 240_000);

  const dist = (file: string) => path.join(root, file);

  it("makes the main process, the preload and the renderer the package holds", () => {
    for (const file of [
      packageJson.main,
      "dist/electron/preload.cjs",
      "dist/renderer/index.html",
      "dist/electron/icons/tray-offTemplate@2x.png",
      "dist/electron/icons/tray-alarm.png",
    ]) {
      expect(fs.existsSync(dist(file)), file).toBe(true);
    }
  });

  it("the renderer's page loads only its own files, by relative URL (served from app://)", () => {
    const html = fs.readFileSync(dist("dist/renderer/index.html"), "utf8");
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref, ref).not.toMatch(/^(https?:|file:|\/\/)/);
      expect(fs.existsSync(path.join(root, "dist/renderer", ref.replace(/^\.?\//, ""))), ref).toBe(
        true,
      );
    }
  });

  it("the bundles need nothing the package lacks", () => {
    const requiresOf = (file: string) =>
      new Set(
        [...fs.readFileSync(dist(file), "utf8").matchAll(/\brequire\("([^"]+)"\)/g)].map(
          (match) => match[1] ?? "",
        ),
      );
    // The preload runs sandboxed: electron is all it may require.
    expect([...requiresOf("dist/electron/preload.cjs")]).toEqual(["electron"]);
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const main = [...requiresOf(packageJson.main)].filter(
      (name) => !builtins.has(name) && !name.startsWith("ajv/") && !name.startsWith("ajv-formats/"),
    );
    // ajv's code generator mentions its runtime in strings, not as real requires.
    // What main.cjs loads at run time is exactly the package's dependencies (electron-builder
    // packs those); everything else is bundled and so a devDependency.
    // (A require of a package's subpath, "electron-log/node", loads that package.)
    const packages = new Set(main.map((name) => name.split("/")[0]));
    expect([...packages].sort()).toEqual(
      ["electron", ...Object.keys(packageJson.dependencies)].sort(),
    );
  });

  it("the notices cover every shipped package and node-notifier's vendor programs", async () => {
    const { shippedPackages, vendorPrograms } =
      (await import("../../scripts/third-party-notices.mjs")) as {
        shippedPackages: () => { name: string; version: string }[];
        vendorPrograms: { name: string }[];
      };
    const notices = fs.readFileSync(dist("dist/THIRD-PARTY-NOTICES.txt"), "utf8");
    const shipped = shippedPackages();
    expect(shipped.map((pkg) => pkg.name)).toEqual(
      expect.arrayContaining(Object.keys(packageJson.dependencies)),
    );
    for (const pkg of shipped) expect(notices).toContain(`==== ${pkg.name}@${pkg.version} (`);
    for (const program of vendorPrograms) expect(notices).toContain(`==== ${program.name} (`);
    expect(notices).toContain("GNU LESSER GENERAL PUBLIC LICENSE");
    expect(notices).toContain("Solutions Paralint");
    // Nothing bundled into dist/ is shipped as a package.
    expect(shipped.map((pkg) => pkg.name)).not.toContain("react");
  });
});
