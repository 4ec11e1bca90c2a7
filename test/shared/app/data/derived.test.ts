/**
 * The derived state the tick and the tray read (shared/app/data/derived.ts): equal to a pass over
 * the whole document, and made again whenever the document part it comes from is replaced.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyJourData, type Incident, type JourData } from "../../../../shared/app/data/document";
import {
  firedSet,
  incidentsById,
  openIncidents,
  storedWorkWithin,
} from "../../../../shared/app/data/derived";
import { MINUTE, plainIncident } from "../fakes";

const BASE = Date.UTC(2025, 0, 6);

function incident(i: number, work: { start: number; length: number }[], open: boolean): Incident {
  return plainIncident({
    id: `i-${i}`,
    reportedAt: BASE + i * MINUTE,
    resolvedAt: open ? null : BASE + (i + 1) * MINUTE,
    work: work.map((w, k) => ({
      id: `w-${i}-${k}`,
      start: BASE + w.start * MINUTE,
      end: BASE + (w.start + w.length) * MINUTE,
    })),
  });
}

const documentArb = fc
  .array(
    fc.record({
      open: fc.boolean(),
      work: fc.array(
        fc.record({
          start: fc.integer({ min: 0, max: 60 * 24 * 30 }),
          length: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 20_000 })),
        }),
        { maxLength: 4 },
      ),
    }),
    { maxLength: 40 },
  )
  .map((specs): JourData => ({
    ...emptyJourData(),
    incidents: specs.map((s, i) => incident(i, s.work, s.open)),
  }));

describe("derived state", () => {
  it("the work within a window equals a pass over every incident's work", () => {
    fc.assert(
      fc.property(
        documentArb,
        fc.integer({ min: -100, max: 60 * 24 * 31 }),
        fc.integer({ min: 1, max: 60 * 24 * 10 }),
        (data, fromMinute, length) => {
          const from = BASE + fromMinute * MINUTE;
          const to = from + length * MINUTE;
          const naive = data.incidents
            .flatMap((i) => i.work)
            .filter((w) => w.start < to && w.end > from)
            .map((w) => [w.start, w.end]);
          const byStart = (a: number[], b: number[]) =>
            (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number);
          expect(storedWorkWithin(data, from, to).sort(byStart)).toEqual(naive.sort(byStart));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("open incidents, fired alerts and ids follow a replaced array, and only then", () => {
    fc.assert(
      fc.property(documentArb, (data) => {
        const open = openIncidents(data.incidents);
        expect(open).toEqual(data.incidents.filter((i) => i.resolvedAt === null));
        expect(openIncidents(data.incidents)).toBe(open);
        const resolvedAll = data.incidents.map((i) => ({ ...i, resolvedAt: BASE }));
        expect(openIncidents(resolvedAll)).toEqual([]);
        expect([...incidentsById(data.incidents).keys()]).toEqual(data.incidents.map((i) => i.id));
      }),
      { numRuns: 50 },
    );
    const fired = ["a|response|1|0"];
    expect(firedSet(fired).has("a|response|1|0")).toBe(true);
    expect(firedSet([...fired, "b"]).has("b")).toBe(true);
  });
});
