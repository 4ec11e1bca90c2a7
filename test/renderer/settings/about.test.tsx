import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, test, vi } from "vitest";
import type { AboutView, ReportErrorInput, UpdateView } from "../../../shared/about-api";
import { ViewErrorBoundary } from "../../../renderer/ui/ViewErrorBoundary";
import { SettingsView } from "../../../renderer/settings/SettingsView";
import {
  errorReport,
  forwardWindowErrors,
  reportWindowError,
} from "../../../renderer/api/error-reports";
import { InputError } from "../../../shared/app/texts/errors";
import { makeRig, plain, renderWith } from "../render-app";

/** Issue 23.1–2: Settings → About shows the version, opens the logs, checks for updates. */

afterEach(() => {
  cleanup();
  window.location.hash = "";
});

const about = (update: UpdateView): AboutView => ({
  version: "0.3.1",
  logFolder: "/home/jour/.config/Jour/logs",
  update,
});

function rigWith(answers: UpdateView[], first: UpdateView = { state: "idle" }) {
  const rig = makeRig();
  let current = first;
  const getAbout = vi.fn(async () => about(current));
  const checkForUpdates = vi.fn(async () => {
    current = answers.shift() ?? current;
    return current;
  });
  const openLogFolder = vi.fn(async () => undefined);
  rig.api = { ...rig.api, getAbout, checkForUpdates, openLogFolder };
  return { rig, getAbout, checkForUpdates, openLogFolder, set: (u: UpdateView) => (current = u) };
}

test("About shows the version and opens the log folder through the host", async () => {
  const { rig, openLogFolder } = rigWith([]);
  renderWith(rig, <SettingsView section="about" />);
  expect((await screen.findByTestId("about-version")).textContent).toBe("Jour 0.3.1");
  expect(screen.getByText("/home/jour/.config/Jour/logs")).toBeTruthy();
  await userEvent.click(screen.getByRole("button", { name: "Öppna loggmappen" }));
  expect(openLogFolder).toHaveBeenCalledTimes(1);
});

test("Check for updates answers in words: up to date, then downloading, then ready", async () => {
  const checkedAt = Date.UTC(2025, 10, 24, 7, 5);
  const { rig, checkForUpdates, set } = rigWith([{ state: "up-to-date", checkedAt }]);
  renderWith(rig, <SettingsView section="about" />);
  const answer = await screen.findByTestId("update-answer");
  expect(answer.textContent).toBe(
    "Ingen sökning ännu: Jour söker strax efter start och sedan varje dag.",
  );
  await userEvent.click(screen.getByRole("button", { name: "Sök efter uppdateringar" }));
  expect(checkForUpdates).toHaveBeenCalledTimes(1);
  await waitFor(() =>
    expect(plain(answer.textContent)).toMatch(/^Jour är uppdaterad\. Senast sökt /),
  );
  // A download the daily check started: the section asks again while it moves.
  set({ state: "downloading", version: "0.4.0", percent: 12.7, checkedAt });
  cleanup();
  renderWith(rig, <SettingsView section="about" />);
  await waitFor(() =>
    expect(screen.getByTestId("update-answer").textContent).toMatch(
      /^Laddar ner Jour 0\.4\.0… 12 %/,
    ),
  );
  set({ state: "ready", version: "0.4.0", checkedAt });
  await waitFor(
    () =>
      expect(screen.getByTestId("update-answer").textContent).toMatch(
        /^Jour 0\.4\.0 är nedladdad och installeras när du avslutar Jour \(inte medan en timer går\)\./,
      ),
    { timeout: 3000 },
  );
});

test("a failed check says why in Jour's words, by kind, in English too", async () => {
  const { rig } = rigWith([
    { state: "failed", reason: "offline" },
    { state: "failed", reason: "not-found" },
  ]);
  renderWith(rig, <SettingsView section="about" />, "en");
  await screen.findByTestId("about-version");
  const check = screen.getByRole("button", { name: "Check for updates" });
  await userEvent.click(check);
  await waitFor(() =>
    expect(screen.getByTestId("update-answer").textContent).toBe(
      "Jour cannot reach the update server – is the computer connected to the internet? Try again later.",
    ),
  );
  await userEvent.click(check);
  await waitFor(() =>
    expect(screen.getByTestId("update-answer").textContent).toBe(
      "There is no published version of Jour to download yet.",
    ),
  );
  expect(screen.getByRole("button", { name: "Open log folder" })).toBeTruthy();
});

test("every kind of failure has its own words in both languages", async () => {
  const kinds = ["offline", "not-found", "server", "no-space", "no-permission", "other"] as const;
  for (const language of ["sv", "en"] as const) {
    const said = new Set<string>();
    for (const reason of kinds) {
      const { rig } = rigWith([], { state: "failed", reason });
      renderWith(rig, <SettingsView section="about" />, language);
      const answer = await screen.findByTestId("update-answer");
      await waitFor(() => expect(answer.textContent).not.toBe(""));
      said.add(answer.textContent ?? "");
      cleanup();
    }
    expect(said.size).toBe(kinds.length);
  }
});

test("a log folder the file manager cannot open is told in Jour's words, not Electron's", async () => {
  const { rig, openLogFolder } = rigWith([]);
  openLogFolder.mockRejectedValueOnce(
    InputError.of("logFolder", "could not be opened in the file manager", "folderNotOpened"),
  );
  renderWith(rig, <SettingsView section="about" />);
  await userEvent.click(await screen.findByRole("button", { name: "Öppna loggmappen" }));
  expect(
    await screen.findByText(
      "Loggmappen: kunde inte öppnas i filhanteraren (orsaken står i loggen)",
    ),
  ).toBeTruthy();
});

test("a development build says updates come only to an installed Jour", async () => {
  const { rig } = rigWith([], { state: "unavailable" });
  renderWith(rig, <SettingsView section="about" />, "en");
  await waitFor(() =>
    expect(screen.getByTestId("update-answer").textContent).toBe(
      "Updates come only to an installed Jour (not to a development build or the preview).",
    ),
  );
});

test("the window's uncaught errors and rejections are reported to the host", () => {
  const reportError = vi.fn<(input: ReportErrorInput) => Promise<void>>(async () => undefined);
  const target = new EventTarget() as unknown as Window;
  const stop = forwardWindowErrors({ reportError }, target);
  const error = new TypeError("x is undefined");
  target.dispatchEvent(Object.assign(new Event("error"), { error, message: error.message }));
  target.dispatchEvent(Object.assign(new Event("unhandledrejection"), { reason: "boom" }));
  expect(reportError.mock.calls.map(([input]) => input)).toEqual([
    expect.objectContaining({ source: "error", message: "TypeError: x is undefined" }),
    { source: "rejection", message: "boom" },
  ]);
  stop();
  target.dispatchEvent(Object.assign(new Event("unhandledrejection"), { reason: "later" }));
  expect(reportError).toHaveBeenCalledTimes(2);
  expect(errorReport("error", "x".repeat(5000)).message).toHaveLength(2000);
});

test("a view that throws shows a note, reports the error, and Try again renders it again", async () => {
  const reportError = vi.fn(async () => undefined);
  let fail = true;
  const Flaky = () => {
    if (fail) throw new RangeError("week 54 does not exist");
    return <p>Veckan visas</p>;
  };
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  const rig = makeRig();
  renderWith(
    rig,
    <ViewErrorBoundary
      onError={(error) => reportWindowError({ reportError }, "render", error)}
      fallback={(retry) => (
        <button type="button" onClick={retry}>
          Försök igen
        </button>
      )}
    >
      <Flaky />
    </ViewErrorBoundary>,
  );
  await screen.findByRole("button", { name: "Försök igen" });
  expect(reportError).toHaveBeenCalledWith(
    expect.objectContaining({
      source: "render",
      message: "RangeError: week 54 does not exist",
      stack: expect.stringContaining("week 54"),
    }),
  );
  fail = false;
  await userEvent.click(screen.getByRole("button", { name: "Försök igen" }));
  expect(screen.getByText("Veckan visas")).toBeTruthy();
});
