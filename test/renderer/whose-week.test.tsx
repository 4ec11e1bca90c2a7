import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, test } from "vitest";
import { Countdown } from "../../renderer/ui/Countdown";
import { I18nProvider } from "../../renderer/i18n/i18n";
import { IncidentView } from "../../renderer/incident/IncidentView";
import { NowView } from "../../renderer/now/NowView";
import { ReportView } from "../../renderer/report/ReportView";
import { MINUTE, makeRig, plain, renderWith } from "./render-app";

const HOUR = 60 * MINUTE;
const WEEK = 7 * 24 * HOUR;

afterEach(() => {
  cleanup();
  window.location.hash = "";
});

test("Now: after a call in a week not held, one click says it is mine", async () => {
  const rig = makeRig();
  await rig.app.createIncident();
  renderWith(rig, <NowView />);
  const question = await screen.findByRole("region", { name: "Är det din jourvecka?" });
  expect(plain(screen.getByText("Jourersättning").nextSibling?.textContent)).toBe(
    "Inte din jourvecka",
  );
  await userEvent.click(within(question).getByRole("button", { name: "Ja, min jourvecka" }));
  await waitFor(() => expect(screen.queryByRole("region", { name: /jourvecka\?/ })).toBeNull());
  expect((await rig.app.getStatus()).onDuty).toBe(true);
  await waitFor(() =>
    expect(plain(screen.getByText("Jourersättning").nextSibling?.textContent)).toBe("4 500 kr"),
  );
});

test("Incident: No is remembered, so the week is asked once", async () => {
  const rig = makeRig();
  const { id } = await rig.app.createIncident();
  renderWith(rig, <IncidentView id={id} />, "en");
  const question = await screen.findByRole("region", { name: "Is this your on-call week?" });
  await userEvent.click(within(question).getByRole("button", { name: "No, I was helping out" }));
  await waitFor(() => expect(screen.queryByRole("region", { name: /on-call week\?/ })).toBeNull());
  const week = await rig.app.getWeek();
  expect([week.onDuty, week.askHeld]).toEqual([false, false]);
});

test("Week report: opens on the oldest ended unreported week; an empty week has nothing to copy", async () => {
  const rig = makeRig({}, Date.UTC(2025, 10, 24, 20, 40) + 2 * WEEK); // week 50
  await rig.app.setOnDuty({ week: rig.clock.ms - 2 * WEEK, onDuty: true }); // week 48
  await rig.app.setOnDuty({ week: rig.clock.ms - WEEK, onDuty: true }); // week 49
  renderWith(rig, <ReportView />);
  const box = (week: number) =>
    screen.getByRole<HTMLInputElement>("checkbox", { name: new RegExp(`^v\\. ${week}`) });
  await waitFor(() =>
    expect([48, 49, 50].map((w) => box(w).checked)).toEqual([true, false, false]),
  );
  const week48 = box(48);
  await screen.findByText("1 x Jourvecka");
  const table48 = await screen.findByRole("table", { name: /v\. 48/ });
  expect(plain(within(table48).getByRole("row", { name: /^Jourvecka/ }).textContent)).toBe(
    "Jourvecka4 500 kr",
  );

  await userEvent.click(week48);
  await userEvent.click(box(50));
  await screen.findByText("Inget att rapportera: ingen jourvecka och ingen arbetad tid.");
  const table50 = await screen.findByRole("table", { name: /v\. 50/ });
  expect(plain(within(table50).getByRole("row", { name: /^Jourvecka/ }).textContent)).toBe(
    "JourveckaInte din jourvecka",
  );
  expect(screen.getByRole<HTMLButtonElement>("button", { name: "Kopiera texten" }).disabled).toBe(
    true,
  );
});

test("Countdown: just now under a minute, days past 48 hours", () => {
  const at = Date.UTC(2025, 10, 24, 9);
  const show = (now: number, language: "sv" | "en" = "sv") =>
    plain(
      render(
        <I18nProvider language={language} timeZone="Europe/Stockholm">
          <Countdown deadline={at} now={now} />
        </I18nProvider>,
      ).container.textContent,
    );
  expect(show(at + 30_000)).toBe("passerad nyss");
  expect(show(at + 30_000, "en")).toBe("passed just now");
  expect(show(at + 2 * MINUTE)).toBe("passerad för 2 min sedan");
  expect(show(at + 25_375 * HOUR)).toBe("passerad för 1057 dagar 7 h sedan");
  expect(show(at + 3 * 24 * HOUR, "en")).toMatch(/^passed 3 days ago$/);
  expect(show(at - 3 * 24 * HOUR)).toBe("om 3 dagar");
});
