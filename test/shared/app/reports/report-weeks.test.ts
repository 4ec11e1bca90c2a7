import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyJourData } from "../../../../shared/app/data/document";
import type { Incident, JourData } from "../../../../shared/app/data/document";
import { reportWeeks, weekBuckets } from "../../../../shared/app/reports/reports";
import { plainIncident } from "../fakes";

const HOUR = 3_600_000;
const T0 = Date.UTC(2025, 2, 20, 8); // ten days before the spring's clock change
const NOW = T0 + 60 * 24 * HOUR;

/** Incidents in no particular order, their work reaching across handovers and weeks. */
const incidentsArb: fc.Arbitrary<Incident[]> = fc
  .array(
    fc.record({
      reported: fc.nat(50 * 24),
      work: fc.array(fc.tuple(fc.nat(400), fc.integer({ min: 1, max: 200 })), { maxLength: 3 }),
    }),
    { maxLength: 12 },
  )
  .map((specs) =>
    specs.map(({ reported, work }, n) => {
      const reportedAt = T0 + reported * HOUR;
      return plainIncident({
        id: `i-${n + 1}`,
        reportedAt,
        work: work.map(([after, hours], w) => ({
          id: `w-${n * 10 + w + 100}`,
          start: reportedAt + after * HOUR,
          end: reportedAt + (after + hours) * HOUR,
        })),
      });
    }),
  );

const documentArb: fc.Arbitrary<JourData> = fc
  .record({
    incidents: incidentsArb,
    marks: fc.array(fc.nat(60 * 24), { maxLength: 4 }),
    rotation: fc.option(
      fc.record({ every: fc.integer({ min: 1, max: 4 }), from: fc.nat(60 * 24) }),
    ),
    timer: fc.option(fc.nat(30 * 24)),
  })
  .map(({ incidents, marks, rotation, timer }) => {
    const latest = incidents[incidents.length - 1];
    return {
      ...emptyJourData(),
      incidents,
      onDutyWeeks: marks.map((h) => T0 + h * HOUR),
      reportedWeeks: marks.slice(1).map((h) => T0 + h * HOUR + HOUR),
      rotation: rotation && { everyWeeks: rotation.every, fromWeek: T0 + rotation.from * HOUR },
      // A session running since `timer` hours ago on the last incident.
      timer:
        latest && timer !== null
          ? { incidentId: latest.id, runningSince: NOW - timer * HOUR }
          : null,
      nextId: 10_000,
    };
  });

describe("the weeks of the weekly pay CSV", () => {
  it("property: are the weeks of weekBuckets, read from the indexes instead of the incidents", () => {
    fc.assert(
      fc.property(documentArb, (data) => {
        const expected = weekBuckets(data, NOW).map((bucket) => bucket.week);
        expect(reportWeeks(data, NOW)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
