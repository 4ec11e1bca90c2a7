import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { trayIconPath, trayLooks } from "../../../electron/tray/icons";

const iconDir = path.resolve(import.meta.dirname, "../../../build/icons");

/** Width and height from a PNG's IHDR chunk (after checking the signature). */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("tray icons", () => {
  it("exist for each look: colour on Linux and Windows, template images on macOS, with @2x", () => {
    for (const look of trayLooks) {
      for (const platform of ["linux", "win32", "darwin"] as const) {
        const file = trayIconPath(iconDir, look, platform);
        expect(path.basename(file)).toBe(
          platform === "darwin" ? `tray-${look}Template.png` : `tray-${look}.png`,
        );
        expect(pngSize(file)).toEqual([16, 16]);
        expect(pngSize(file.replace(/\.png$/, "@2x.png"))).toEqual([32, 32]);
      }
    }
  });

  it("the four looks differ from each other", () => {
    for (const suffix of ["", "Template"]) {
      const images = trayLooks.map((look) =>
        fs.readFileSync(path.join(iconDir, `tray-${look}${suffix}@2x.png`)).toString("hex"),
      );
      expect(new Set(images).size).toBe(trayLooks.length);
    }
  });

  it("the app icon is large enough for every platform's installer (512 px)", () => {
    expect(pngSize(path.resolve(iconDir, "..", "icon.png"))).toEqual([512, 512]);
  });
});
