import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, test } from "vitest";
import { DataTransfer } from "../../renderer/settings/DataTransfer";
import { makeRig, renderWith } from "./render-app";

/** Issue 12.1: counts by plural rules, also in what a restored copy reports. */

afterEach(cleanup);

for (const [language, restore, restored] of [
  ["sv", "Återställ", "Återställt: 1 incident."],
  ["en", "Restore", "Restored: 1 incident."],
] as const) {
  test(`a restored copy of one incident says "${restored}"`, async () => {
    const rig = makeRig({ language });
    await rig.app.createIncident();
    await rig.app.stopTimer();
    // Importing keeps a copy of what was there: one incident.
    await rig.app.importData({ json: await rig.app.exportData(), mode: "replace" });
    renderWith(rig, <DataTransfer />, language);
    await userEvent.click(await screen.findByRole("button", { name: new RegExp(`^${restore} `) }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: restore }));
    expect(await screen.findByText(restored, { exact: false })).toBeTruthy();
  });
}

test("the import's warning counts what goes by the plural rules: '1 incident försvinner'", async () => {
  const rig = makeRig();
  const json = await rig.app.exportData();
  await rig.app.createIncident();
  await rig.app.stopTimer();
  renderWith(rig, <DataTransfer />);
  const file = new File([json], "jour-data.json", { type: "application/json" });
  await userEvent.upload(await screen.findByLabelText("Importera data (JSON)"), file);
  const dialog = await screen.findByRole("dialog");
  expect(dialog.textContent).toContain("1 incident försvinner härifrån (finns inte i filen).");
});

test("importing the app's own export warns of no loss", async () => {
  const rig = makeRig();
  for (let i = 0; i < 3; i++) {
    await rig.app.createIncident();
    await rig.app.stopTimer();
  }
  const json = await rig.app.exportData();
  renderWith(rig, <DataTransfer />);
  const file = new File([json], "jour-data.json", { type: "application/json" });
  await userEvent.upload(await screen.findByLabelText("Importera data (JSON)"), file);
  const dialog = await screen.findByRole("dialog");
  expect(dialog.textContent).toContain("Inga incidenter försvinner");
  expect(dialog.textContent).not.toContain("försvinner härifrån");
});

test("a JSON file that is no Jour export names the import file, not a bare 'data'", async () => {
  const rig = makeRig();
  renderWith(rig, <DataTransfer />);
  const file = new File(["[1, 2]"], "lista.json", { type: "application/json" });
  await userEvent.upload(await screen.findByLabelText("Importera data (JSON)"), file);
  expect((await screen.findByRole("alert")).textContent).toBe(
    "Importfil: inte en export från Jour",
  );
});

test("a JSON object that is no Jour document names the import file, not 'settings'", async () => {
  const rig = makeRig();
  renderWith(rig, <DataTransfer />);
  const file = new File(['{"schemaVersion": 1}'], "annan.json", { type: "application/json" });
  await userEvent.upload(await screen.findByLabelText("Importera data (JSON)"), file);
  expect((await screen.findByRole("alert")).textContent).toBe("Importfil: fel slags värde");
});

for (const [language, first, second, contents] of [
  [
    "sv",
    "Före import mån 24 nov 21:40:07",
    "Före import mån 24 nov 21:40:07 (2)",
    "2 incidenter · 0 jourveckor · senaste incident 24 nov 2025",
  ],
  [
    "en",
    "Before import Mon 24 Nov 21:40:07",
    "Before import Mon 24 Nov 21:40:07 (2)",
    "2 incidents · 0 on-call weeks · latest incident 24 Nov 2025",
  ],
] as const) {
  test(`copies kept in the same second have distinct names and say what they hold (${language})`, async () => {
    const rig = makeRig({ language });
    for (let i = 0; i < 2; i++) {
      await rig.app.createIncident();
      await rig.app.stopTimer();
    }
    rig.clock.ms += 7_000;
    const json = await rig.app.exportData();
    await rig.app.importData({ json, mode: "replace" });
    await rig.app.importData({ json, mode: "replace" });
    renderWith(rig, <DataTransfer />, language);
    const items = await screen.findAllByRole("listitem");
    const texts = items.map((item) => item.textContent ?? "");
    // Newest first: the second copy of that second, then the first.
    expect(texts[0]).toContain(`${second}${contents}`);
    expect(texts[1]).toContain(`${first}${contents}`);
    expect(texts[1]).not.toContain("(2)");
  });
}
