import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createJourDataChecker, parseJourData } from "../../../../shared/app/data/checker";
import { emptyJourData } from "../../../../shared/app/data/document";
import type { Incident, JourData } from "../../../../shared/app/data/document";

const HOUR = 3_600_000;
const T0 = Date.UTC(2025, 0, 6, 8);

const incidentArb = (n: number): fc.Arbitrary<Incident> =>
  fc
    .record({
      hours: fc.nat(2_000),
      priority: fc.constantFrom(1 as const, 2 as const, 3 as const),
      notes: fc.string({ maxLength: 20 }),
      resolved: fc.boolean(),
      work: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }),
    })
    .map(({ hours, priority, notes, resolved, work }) => {
      const reportedAt = T0 + hours * HOUR;
      return {
        id: `i-${n}`,
        reportedAt,
        priority,
        customerId: null,
        summary: "Kassan ger 500",
        notes,
        jiraKey: n % 2 === 0 ? `WEB-${n + 1}` : null,
        respondedAt: reportedAt + 60_000,
        rollbackRequestedAt: null,
        rollbackStartedAt: null,
        resolvedAt: resolved ? reportedAt + HOUR : null,
        work: work.map((length, w) => ({
          id: `w-${n * 10 + w}`,
          start: reportedAt + w * 6 * HOUR,
          end: reportedAt + (w * 6 + length) * HOUR,
        })),
        checkedSteps: ["call"],
        timeline: [],
      };
    });

const documentArb: fc.Arbitrary<JourData> = fc
  .integer({ min: 0, max: 8 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, n) => incidentArb(n + 1))))
  .map((incidents) => ({ ...emptyJourData(), incidents, nextId: 1_000 }));

/** Changes that make a document invalid, each in a new object, as the app core changes it. */
const breakages: ((data: JourData, at: number) => unknown)[] = [
  (data, at) => withIncident(data, at, { priority: 4 }),
  (data, at) => withIncident(data, at, { notes: "x".repeat(20_001) }),
  (data, at) => withIncident(data, at, { reportedAt: 9e15 }),
  (data, at) => withIncident(data, at, { jiraKey: "web 1" }),
  (data, at) => withIncident(data, at, { work: [{ id: "w-9", start: T0, end: T0 }] }),
  (data, at) =>
    withIncident(data, at, { id: data.incidents[(at + 1) % data.incidents.length]?.id }),
  // A work id another incident's interval has.
  (data, at) => {
    const other = data.incidents.find((incident, i) => i !== at && incident.work.length > 0);
    const id = other?.work[0]?.id ?? "w-1";
    return withIncident(data, at, { work: [{ id, start: T0, end: T0 + HOUR }] });
  },
  // A note whose id number is past nextId, or is nextId itself (the next id handed out).
  (data, at) => withIncident(data, at, { timeline: [{ id: "t-5000", at: T0, text: "x" }] }),
  (data, at) =>
    withIncident(data, at, { timeline: [{ id: `n-${data.nextId}`, at: T0, text: "x" }] }),
  // The same incident twice (the list grows by an object already in it).
  (data, at) => ({
    ...data,
    incidents: [...data.incidents, data.incidents[at % Math.max(1, data.incidents.length)]],
  }),
  (data) => ({ ...data, nextId: 2 }),
  (data) => ({ ...data, timer: { incidentId: "i-999", runningSince: null } }),
  (data) => ({ ...data, settings: { ...data.settings, language: "de" } }),
];

function withIncident(data: JourData, at: number, change: Record<string, unknown>): unknown {
  const incidents: unknown[] = [...data.incidents];
  const index = at % Math.max(1, incidents.length);
  incidents[index] = { ...(data.incidents[index] ?? data.incidents[0]), ...change };
  return { ...data, incidents };
}

/** What parseJourData makes of it: the document, or the message it refuses it with. */
const outcome = (parse: (raw: unknown) => JourData, raw: unknown): unknown => {
  try {
    return { ok: parse(raw) };
  } catch (error) {
    return { refused: error instanceof Error ? error.message : String(error) };
  }
};

describe("the store's JourData checker", () => {
  it("decides as parseJourData does, over a document changing step by step", () => {
    const step = fc.record({
      breakage: fc.nat(breakages.length - 1),
      at: fc.nat(),
      ok: fc.boolean(),
    });
    fc.assert(
      fc.property(
        documentArb,
        fc.array(step, { maxLength: 8 }),
        fc.boolean(),
        (initial, steps, opened) => {
          const checker = createJourDataChecker();
          if (opened) {
            // As the store opens a document its memo vouches for: trusted, then prepared.
            checker.prepare(checker.trust(initial));
          } else {
            expect(outcome(checker.parse, initial)).toEqual(outcome(parseJourData, initial));
          }
          let current = initial;
          for (const { breakage, at, ok } of steps) {
            // A valid change (one incident replaced by an equal copy, or the last one removed)
            // or a breaking one.
            const next = ok
              ? at % 3 === 0
                ? { ...current, incidents: current.incidents.slice(0, -1) }
                : (withIncident(current, at, {}) as JourData)
              : (breakages[breakage]?.(current, at) ?? current);
            const expected = outcome(parseJourData, next);
            expect(outcome(checker.parse, next)).toEqual(expected);
            if ("ok" in (expected as object)) current = next as JourData;
          }
        },
      ),
    );
  });

  it("names the field of a bad incident even among incidents it accepted before", () => {
    const checker = createJourDataChecker();
    const valid = fc.sample(
      documentArb.filter((d) => d.incidents.length >= 3),
      { numRuns: 1, seed: 4 },
    )[0];
    if (valid === undefined) throw new Error("no sample");
    checker.parse(valid);
    const broken = withIncident(valid, 2, { work: [{ id: "w-9", start: T0, end: T0 - 1 }] });
    expect(() => checker.parse(broken)).toThrow("incidents.2.work.0.end: must be after start");
  });

  it("does not check again an incident object it accepted or was told to trust", () => {
    // Shown with an object that is not valid, which only a trusted (unchecked) one can be.
    const checker = createJourDataChecker();
    const [incident] = fc.sample(incidentArb(1), { numRuns: 1, seed: 1 });
    if (incident === undefined) throw new Error("no sample");
    const unchecked = { ...incident, priority: 7 } as unknown as Incident;
    const document = { ...emptyJourData(), incidents: [unchecked], nextId: 100 };
    expect(checker.trust(document)).toBe(document);
    expect(() => parseJourData(document)).toThrow("incidents.0.priority");
    expect(checker.parse({ ...document, nextId: 101 }).incidents[0]).toBe(unchecked);
    // A copy is a new object: checked.
    expect(() => checker.parse({ ...document, incidents: [{ ...unchecked }] })).toThrow(
      "incidents.0.priority",
    );
  });
});
