import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { ApiProvider } from "../../renderer/api/api-context";
import { I18nProvider } from "../../renderer/i18n/i18n";
import { NowView } from "../../renderer/now/NowView";
import { createChangeHub } from "../../shared/app/status/change-events";
import { MINUTE, makeRig } from "./render-app";

/** Issue 12.9: push, not poll. The Now view asks for the status on changes only. */

afterEach(cleanup);

test("Now: the timer ticks by the window's clock; the status is fetched again only on a pushed change", async () => {
  const rig = makeRig();
  await rig.app.createIncident();
  const getStatus = vi.fn(rig.api.getStatus);
  const api = { ...rig.api, getStatus };
  const hub = createChangeHub();
  render(
    <ApiProvider api={api} events={hub} now={() => rig.clock.ms}>
      <I18nProvider language="sv" timeZone="Europe/Stockholm">
        <NowView />
      </I18nProvider>
    </ApiProvider>,
  );
  const timer = await screen.findByRole("timer");
  expect(timer.textContent).toBe("00:00:00");
  const before = getStatus.mock.calls.length;

  // Three minutes pass by the clock: the window counts them itself, without asking.
  rig.clock.ms += 3 * MINUTE;
  await waitFor(() => expect(timer.textContent).toBe("00:03:00"), { timeout: 2500 });
  await new Promise((resolve) => setTimeout(resolve, 1200));
  expect(getStatus.mock.calls.length).toBe(before);

  // A change pushed by the host: the view asks again, once.
  act(() => hub.emit({ reason: "data" }));
  await waitFor(() => expect(getStatus.mock.calls.length).toBe(before + 1));
});

test("Now: SLA rows name their incident; information rows are not checkboxes", async () => {
  const rig = makeRig({
    customers: [{ id: "acme", name: "Acme AB", siteUrl: "", newRelicUrl: "", elmahUrl: "" }],
  });
  await rig.app.createIncident({ priority: 1, customerId: "acme", summary: "Kassan nere" });
  render(
    <ApiProvider api={rig.api} now={() => rig.clock.ms}>
      <I18nProvider language="sv" timeZone="Europe/Stockholm">
        <NowView />
      </I18nProvider>
    </ApiProvider>,
  );
  await screen.findByText("Acme AB · Kassan nere");
  const handover = await screen.findByText(/^Nästa överlämning/);
  expect(handover.closest("li")?.querySelector("input")).toBeNull();
  expect(
    screen
      .getByText(/Jira-ärende/)
      .closest("li")
      ?.querySelector("input"),
  ).toBeNull();
  // The running incident says its priority and report time before any summary.
  expect(screen.getByText(/^Anmäld /)).toBeTruthy();
});
