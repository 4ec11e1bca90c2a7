import { InputError, NewerSchemaError } from "../texts/errors";
import { MIN_INSTANT } from "./document";
import { firstRateEntry } from "../settings/rate-history";

/** Turns a document of version n into one of version n + 1. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * Every instant with a fraction of a millisecond made whole (deeply; only numbers from the
 * year 2000 on are instants, no setting comes near): builds of version 1 with the steady
 * clock saved `performance.now()` fractions, which the check refuses (`expected epoch ms`).
 */
function wholeInstants(value: unknown): unknown {
  if (typeof value === "number") {
    return value >= MIN_INSTANT && !Number.isInteger(value) ? Math.round(value) : value;
  }
  if (Array.isArray(value)) return value.map(wholeInstants);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, wholeInstants(v)]));
}

/**
 * MIGRATIONS[n - 1] upgrades version n to n + 1; a change to the document adds a migration
 * here and bumps the version.
 * 1 → 2: the same members (those added since 1 are optional, and the check fills in their
 * defaults; where the store keeps them is the store's affair), and instants made whole ms.
 * 2 → 3: the settings' allowance and rates become the only entry of their history, in
 * force from the beginning (so every week is paid as before).
 */
export const MIGRATIONS: readonly Migration[] = [
  (document) => wholeInstants(document) as Record<string, unknown>,
  withRateHistory,
];

/** 2 → 3. A document without readable rates is left for the check to name the field. */
function withRateHistory(document: Record<string, unknown>): Record<string, unknown> {
  const settings = document["settings"];
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) {
    return document;
  }
  const rules = (settings as { rules?: unknown }).rules;
  if (typeof rules !== "object" || rules === null) return document;
  const { allowance, rates } = rules as { allowance?: unknown; rates?: unknown };
  if (typeof allowance !== "object" || allowance === null) return document;
  if (typeof rates !== "object" || rates === null) return document;
  const entry = firstRateEntry({
    allowance: allowance as never,
    rates: rates as never,
  });
  return { ...document, settings: { ...settings, rateHistory: [entry] } };
}

/**
 * Upgrades a raw document step by step to the newest version it knows. A document of a
 * newer version throws a NewerSchemaError (not corrupt: this build is too old for it).
 */
export function migrate(raw: unknown, migrations: readonly Migration[] = MIGRATIONS): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw InputError.of("data", "expected a JSON object");
  }
  let document = raw as Record<string, unknown>;
  const version = document["schemaVersion"];
  const newest = migrations.length + 1;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw InputError.of("schemaVersion", "expected a positive whole number");
  }
  if (version > newest) throw new NewerSchemaError(version, newest);
  for (let from = version; from < newest; from++) {
    const step = migrations[from - 1];
    if (step) document = { ...step(document), schemaVersion: from + 1 };
  }
  return document;
}
