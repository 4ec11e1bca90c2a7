import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import * as electron from "electron";
import { startMainOnce } from "./main-fixture";
import { readSavedJour } from "./store/fixtures/read-jour";
import { describe, expect, it, vi } from "vitest";

/**
 * A change that cannot be saved, through the composition root: the user is told once, by
 * the app core (which keeps the change and tries again), not a second time by the shell.
 */
const { app, Notification, globalShortcut } = electron;
type Shown = { options: { title: string; body: string } };
const notifications = (Notification as unknown as { instances: Shown[] }).instances;
const failures = () =>
  notifications.filter((n) => n.options.body.includes("kunde inte sparas")).map((n) => n.options);

const press = () => {
  const calls = vi.mocked(globalShortcut.register).mock.calls;
  const call = calls.filter(([accelerator]) => accelerator === "CommandOrControl+Alt+J").at(-1);
  (call?.[1] as () => void)();
};

startMainOnce();

describe("a failed save on the desktop", () => {
  it("is told once, in the app core's words; the change is saved once the file can be written", async () => {
    // Another connection holds the write lock: the app's next transaction fails (SQLITE_BUSY).
    const other = new DatabaseSync(path.join(app.getPath("userData"), "jour.db"));
    other.exec("BEGIN EXCLUSIVE");
    try {
      press(); // starts an incident: a change to save
      await vi.waitFor(() => expect(failures()).toHaveLength(1));
      // Time for a second notice (the shell's) to show, were there one.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(failures()).toMatchObject([
        {
          title: "Jour kunde inte spara – ändringen finns kvar och sparas vid nästa försök",
          body: expect.stringMatching(/jour\.db kunde inte sparas/),
          urgency: "critical",
        },
      ]);
      press(); // stops the timer: fails again, not told again
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(failures()).toHaveLength(1);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    // The lock is gone: the next change writes everything kept in memory.
    expect((await readSavedJour(app.getPath("userData"))).incidents).toEqual([]);
    press(); // resumes the incident
    await vi.waitFor(async () =>
      expect((await readSavedJour(app.getPath("userData"))).incidents).toHaveLength(1),
    );
    expect(failures()).toHaveLength(1);
  });
});
