import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { StoreOpenError } from "../../../electron/store/open-errors";
import { listDir, tempDir } from "./fixtures/temp-dir";
import { openJour, someYears } from "./fixtures/jour-store";

describe("jour.db as a symbolic link", () => {
  it("to a file that is not there (an unmounted disk): refused by name, nothing made", async () => {
    const dir = tempDir();
    const file = path.join(dir, "jour.db");
    const target = path.join(tempDir(), "gone", "jour.db");
    fs.symlinkSync(target, file);
    const error = await openJour(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as StoreOpenError).file).toBe(file);
    expect((error as StoreOpenError).message).toContain(target);
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(file)).toBe(target);
    expect(fs.existsSync(path.dirname(target))).toBe(false);
    expect(listDir(dir)).toEqual(["jour.db"]);
  });

  it("to a database elsewhere: used, written through, and still a link", async () => {
    const elsewhere = tempDir();
    await (await openJour(elsewhere)).store.close();
    const dir = tempDir();
    const file = path.join(dir, "jour.db");
    fs.symlinkSync(path.join(elsewhere, "jour.db"), file);
    const data = someYears(12);
    const { store, notices } = await openJour(dir);
    expect(notices).toEqual([]);
    await store.save(data);
    await store.close();
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(true);
    expect((await openJour(elsewhere)).document).toEqual(data);
    const again = await openJour(dir);
    await again.store.close();
    expect(again.document).toEqual(data);
  });
});
