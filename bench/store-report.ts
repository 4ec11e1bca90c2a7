import { benchStore } from "./store";
import type { StoreFigure } from "./store";

const line = (f: StoreFigure): string => {
  const value = f.unit === "×" ? f.value.toFixed(2) : f.value.toFixed(f.unit === "kB" ? 0 : 2);
  const budget =
    f.budget === undefined
      ? ""
      : `  (budget ≤ ${f.budget} ${f.unit}: ${f.value <= f.budget ? "met" : "MISSED"})`;
  return `  ${f.name.padEnd(58)} ${value.padStart(9)} ${f.unit}${budget}`;
};

/** The store's section of `npm run bench` (also alone: `npx tsx --expose-gc bench/store-report.ts`). */
export async function reportStore(): Promise<void> {
  console.log(
    "\nStore (jour.db): ten years (5 000 incidents) and the heavy user (20 000, long notes)",
  );
  for (const figure of await benchStore()) console.log(line(figure));
}

if (process.argv[1]?.endsWith("store-report.ts")) await reportStore();
