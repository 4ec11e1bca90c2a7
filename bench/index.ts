import { benchAlertTick } from "./alerts";
import { benchAppCore } from "./app-core";
import { benchMainProcess } from "./main-process";
import type { BenchResult } from "./measure";
import { benchRules } from "./rules";

// Absolute timings are noisy on a shared machine: read the ratios and the budgets' margins.
const fmt = (ms: number): string => `${ms.toFixed(3)} ms`;
const row = (r: BenchResult, budgetMs?: number): string =>
  `  ${r.name.padEnd(58)} ${fmt(r.medianMs).padStart(12)}${budgetMs ? `  (budget < ${budgetMs} ms)` : ""}`;

const rules = benchRules();
console.log(
  `Rules: a year's pay report (52 × weekPay + organizerText of 52 weeks, ${rules.intervals} intervals as in issue #13)`,
);
console.log(`  year report, the same work array again:        ${fmt(rules.report)}`);
console.log(`  year report, a fresh copy of the array each:    ${fmt(rules.reportFresh)}`);
console.log(`  plain minute loop over the year's 525 600 minutes: ${fmt(rules.loop)}`);
console.log(`  dependency-free reference (bench/reference-core): ${fmt(rules.reference)}`);
console.log(
  `  ratio report / plain loop: ${rules.ratio.toFixed(3)} (fresh array: ${rules.freshRatio.toFixed(3)}) (budget ≤ 0.3)`,
);
console.log(
  `    a busier year, ${rules.busyIntervals} intervals, report / plain loop: ${rules.busyRatio.toFixed(3)} (information: every call reads every interval)`,
);
console.log(
  `  ratio report / reference:  ${rules.referenceRatio.toFixed(3)} (fresh array: ${rules.freshReferenceRatio.toFixed(3)}) (budget ≤ 1.0)`,
);
console.log(
  `  weeksPay, every week of 10 years / of 1 year (fresh arrays, work by start as the app keeps it): ${fmt(rules.weeks10)} / ${fmt(rules.weeks1)} = ${rules.weeksRatio.toFixed(2)} (budget ≤ 12)`,
);
console.log(`    the same with the work in no order: ${rules.unorderedRatio.toFixed(2)}`);

console.log(
  "\nApp core at 1 and at 10 years (fastest runs; ratio budget ≤ 1.5 for the tick and the status, ≤ 12 for every week)",
);
for (const f of await benchAppCore()) {
  const ratio = (f.tenYearsMs / f.oneYearMs).toFixed(2);
  console.log(
    `  ${f.name.padEnd(50)} ${fmt(f.oneYearMs).padStart(10)} ${fmt(f.tenYearsMs).padStart(11)}  × ${ratio}`,
  );
}

console.log("\nMain process (built) under the fake Electron, 10 years of data, CPU per hour");
for (const f of await benchMainProcess()) {
  console.log(
    `  ${f.name.padEnd(66)} ${f.cpuSecondsPerHour.toFixed(2).padStart(6)} s/h (budget ≤ ${f.budget})  menus rebuilt/min: ${f.menusPerMinute.toFixed(0)}`,
  );
  console.log(
    `    an empty process waking as often (the machine's floor): ${f.floorSecondsPerHour.toFixed(2)} s/h; Jour above it: ${(f.cpuSecondsPerHour - f.floorSecondsPerHour).toFixed(2)} s/h`,
  );
}

// Imported here, after the rules: with the store's and the build's libraries loaded first, the
// minute loop ran ~25% slower in this process (1.15 against 0.90 ms), flattering the ratio.
const { reportStore } = await import("./store-report");
await reportStore();

console.log("\nAlerts");
for (const r of await benchAlertTick()) console.log(row(r));

console.log("\nWindow (built here; needs Debian's chromium)");
const { benchWindow } = await import("./window");
for (const f of await benchWindow())
  console.log(`  ${f.name.padEnd(58)} ${f.value.toFixed(2).padStart(12)} ${f.unit}`);
