import { createJourApp, type JourApp } from "../shared/app/api";
import type { JourData } from "../shared/app/data/document";
import { yearsOfData } from "./app-data";

const NOW = Date.UTC(2026, 10, 24, 9, 0); // a Tuesday 10:00 in Stockholm

function appOver(data: JourData): JourApp {
  return createJourApp({
    clock: { now: () => NOW },
    storage: { save: async () => undefined },
    notifier: { notify: () => undefined },
    initial: data,
    tickMs: 5_000,
  });
}

/** The fastest of `runs` runs (see pairedMinimums in measure.ts: the machine is shared). */
async function fastestOf(runs: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export interface AppCoreFigure {
  name: string;
  oneYearMs: number;
  tenYearsMs: number;
}

/**
 * The app core at one and at ten years of data (the same data, its last year and all of it,
 * ending now, three incidents open, the timer running): an alert tick with nothing new due,
 * the status the tray and the Now view read, and the report over every week (each week of
 * `listWeeks`), with the weekly pay CSV: the fastest of interleaved runs. The ratio ten / one
 * is the figure to read.
 */
export async function benchAppCore(runs = 30): Promise<AppCoreFigure[]> {
  const one = appOver(yearsOfData(1, NOW, true));
  const ten = appOver(yearsOfData(10, NOW, true));
  // Everything due is recorded first: later ticks send nothing (the usual tick).
  await one.checkAlerts();
  await ten.checkAlerts();
  // At most the 520 weeks a report may take (shared/app/reports/report-inputs.ts): ten years.
  const weeksOf = async (app: JourApp) =>
    (await app.listWeeks()).slice(0, 520).map((ref) => ref.week.start);
  const [oneWeeks, tenWeeks] = [await weeksOf(one), await weeksOf(ten)];
  const figures: AppCoreFigure[] = [];
  const pair = async (name: string, fn: (app: JourApp, weeks: number[]) => Promise<unknown>) => {
    // Interleaved runs, so that a busy machine slows both alike.
    const times = { one: [] as number[], ten: [] as number[] };
    for (let i = 0; i < 3; i++) {
      times.one.push(await fastestOf(Math.ceil(runs / 3), () => fn(one, oneWeeks)));
      times.ten.push(await fastestOf(Math.ceil(runs / 3), () => fn(ten, tenWeeks)));
    }
    figures.push({ name, oneYearMs: Math.min(...times.one), tenYearsMs: Math.min(...times.ten) });
  };
  await pair("checkAlerts (tick, nothing new due)", (app) => app.checkAlerts());
  await pair("getStatus (tray, Now view)", (app) => app.getStatus());
  await pair(`getReport of every week (${oneWeeks.length} / ${tenWeeks.length} weeks)`, (app, w) =>
    app.getReport({ weeks: w }),
  );
  await pair("exportWeeklyPayCsv (every week)", (app) => app.exportWeeklyPayCsv());
  return figures;
}
