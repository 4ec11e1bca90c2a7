import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const script = path.resolve(import.meta.dirname, "../../scripts/ensure-electron.mjs");
const dirs: string[] = [];

/** A stand-in electron package whose install.js counts its runs and "downloads" a binary. */
function fakeElectron(installWorks = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jour-fake-electron-"));
  dirs.push(dir);
  fs.writeFileSync(
    path.join(dir, "install.js"),
    `const fs = require("fs"); const path = require("path");
     fs.appendFileSync(path.join(__dirname, "runs"), "x");
     ${
       installWorks
         ? `fs.mkdirSync(path.join(__dirname, "dist"), { recursive: true });
            fs.writeFileSync(path.join(__dirname, "dist", "electron"), "");
            fs.writeFileSync(path.join(__dirname, "path.txt"), "electron");`
         : `Promise.reject(new TypeError("fetch failed"));`
     }`,
  );
  return dir;
}
const ensure = (dir: string) =>
  spawnSync(process.execPath, [script], {
    env: { ...process.env, JOUR_ELECTRON_DIR: dir },
    encoding: "utf8",
  });
const runs = (dir: string) =>
  fs.existsSync(path.join(dir, "runs"))
    ? fs.readFileSync(path.join(dir, "runs"), "utf8").length
    : 0;

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("scripts/ensure-electron.mjs", () => {
  it("runs electron's install.js when path.txt is missing, and not again once installed", () => {
    const dir = fakeElectron();
    expect(ensure(dir).status).toBe(0);
    expect(runs(dir)).toBe(1);
    expect(ensure(dir).status).toBe(0);
    expect(runs(dir)).toBe(1);
  });

  it("installs again when path.txt names a binary that is gone", () => {
    const dir = fakeElectron();
    ensure(dir);
    fs.rmSync(path.join(dir, "dist"), { recursive: true });
    expect(ensure(dir).status).toBe(0);
    expect(runs(dir)).toBe(2);
  });

  it("fails (so npm start stops) with one line, no stack, pointing to the preview", () => {
    const result = ensure(fakeElectron(false));
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Electron could not be downloaded");
    expect(lines[0]).toContain("npm run preview");
    expect(result.stderr).not.toContain("fetch failed");
  });
});
