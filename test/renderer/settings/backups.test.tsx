import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { fakeAbout } from "../../shared/fake-about";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, test, vi } from "vitest";
import { DataTransfer } from "../../../renderer/settings/DataTransfer";
import { createJourApp } from "../../../shared/app/api";
import { exportJson } from "../../../shared/app/data/transfer";
import type { ShellApi } from "../../../shared/shell-api";
import { memoryBackups } from "../../shared/app/memory-backups";
import { plain, renderWith } from "../render-app";
import type { Rig } from "../render-app";

/** Settings → Data's backups with a shell that takes them (the preview has none: e2e). */

afterEach(cleanup);

const MONDAY_2140 = Date.UTC(2025, 10, 24, 20, 40);

async function rigWithBackups() {
  const clock = { ms: MONDAY_2140 - 3_600_000 };
  const backups = memoryBackups();
  const app = createJourApp({
    clock: { now: () => clock.ms },
    storage: { save: async () => undefined },
    notifier: { notify: () => undefined },
    backups,
  });
  await app.createIncident({ summary: "Första" });
  await app.createIncident({ summary: "Andra" });
  await app.stopTimer();
  backups.add(exportJson(app.snapshot()), clock.ms);
  clock.ms = MONDAY_2140;
  await app.createIncident({ summary: "Tredje" });
  const shell = {
    openExternal: vi.fn<ShellApi["openExternal"]>(async () => undefined),
    copyText: vi.fn<ShellApi["copyText"]>(async () => undefined),
  };
  const rig: Rig = {
    app,
    api: { ...app, ...shell, ...fakeAbout() },
    shell,
    clock,
    notifications: [],
  };
  return { rig, backups };
}

test("lists each backup with when, size, folder and contents; Restore asks, keeps a copy, restores", async () => {
  const { rig } = await rigWithBackups();
  renderWith(rig, <DataTransfer />);
  const section = await screen.findByRole("region", { name: "Säkerhetskopior" });
  const item = await within(section).findByRole("listitem");
  expect(plain(item.textContent)).toContain("mån 24 nov 20:40:00");
  expect(plain(item.textContent)).toMatch(
    /\d+(,\d)? kB · i datamappen · 2 incidenter · 0 jourveckor · senaste incident 24 nov 2025/,
  );
  await userEvent.click(
    within(section).getByRole("button", {
      name: "Återställ säkerhetskopian från mån 24 nov 20:40:00",
    }),
  );
  const dialog = await screen.findByRole("dialog", { name: "Återställa säkerhetskopian?" });
  await userEvent.click(within(dialog).getByRole("button", { name: "Återställ" }));
  await screen.findByText(/Återställt: 2 incidenter\./);
  expect(rig.app.snapshot().incidents).toHaveLength(2);
  // What was here (3 incidents) is a kept copy now, which can undo the restore.
  const copies = await rig.app.listCopies();
  expect(copies.map((c) => [c.reason, c.contents?.incidents])).toEqual([["before-restore", 3]]);
});

test("a second folder: chosen, shown, and stopped (in English)", async () => {
  const { rig, backups } = await rigWithBackups();
  renderWith(rig, <DataTransfer />, "en");
  const section = await screen.findByRole("region", { name: "Backups" });
  await within(section).findByText(/Add a second folder/);
  await userEvent.click(within(section).getByRole("button", { name: "Choose a second folder…" }));
  await within(section).findByText("Backups are now also written to /media/usb/jour.");
  expect(within(section).getByText("Second folder: /media/usb/jour")).toBeTruthy();
  await userEvent.click(within(section).getByRole("button", { name: "Stop writing there" }));
  await within(section).findByText(/Those already there stay\./);
  await waitFor(() => expect(backups.secondFolder).toBeNull());
  expect(within(section).queryByRole("button", { name: "Stop writing there" })).toBeNull();
});
