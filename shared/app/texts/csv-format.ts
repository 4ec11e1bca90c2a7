import { localIso, localParts } from "../../domain/local-time";
import { exactClock } from "../../domain/wall-time";
import type { Language } from "./language";

/**
 * How a CSV is written. "excel" (the default) is for people with a Swedish spreadsheet:
 * ";" between fields (Swedish Excel splits on it), decimal commas, a UTF-8 BOM (or Excel
 * reads åäö as Latin-1), headers and yes/no in the user's language and "2025-11-24 12:00"
 * times that Excel takes as dates. "rfc4180" is for programs: commas, decimal points, no
 * BOM, the fields' keys as headers, true/false and ISO 8601 times with their offset.
 */
export const csvStyles = ["excel", "rfc4180"] as const;
export type CsvStyle = (typeof csvStyles)[number];

export interface CsvFormat {
  style: CsvStyle;
  language: Language;
  /** The rules' time zone: times are written as its wall clock. */
  timeZone: string;
}

/** The user's CSV style and language (the settings), in the rules' zone. */
export function csvFormatOf(settings: {
  csvStyle: CsvStyle;
  language: Language;
  rules: { timeZone: string };
}): CsvFormat {
  const { csvStyle, language, rules } = settings;
  return { style: csvStyle, language, timeZone: rules.timeZone };
}

export type CsvValue = string | number | boolean | null;

const BOM = "\ufeff";
const pad = (n: number): string => String(n).padStart(2, "0");
const words: Record<Language, [yes: string, no: string]> = { sv: ["ja", "nej"], en: ["yes", "no"] };

/**
 * An instant as the format writes times ("2025-11-24 12:00", "2025-11-24 12:00:15" when its
 * seconds are not zero, as the window shows them; or ISO with offset).
 */
export function csvTime(format: CsvFormat, ms: number | null): string | null {
  if (ms === null) return null;
  if (format.style === "rfc4180") return localIso(ms, format.timeZone);
  const p = localParts(ms, format.timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${exactClock(ms, format.timeZone)}`;
}

/**
 * One field. Text that a spreadsheet would run as a formula (=, +, -, @) is prefixed with
 * an apostrophe, at the start and after any separator inside it (a Swedish spreadsheet
 * splits on ";", another on ","); a field holding a separator, quote or line break is quoted.
 */
export function csvCell(value: CsvValue, format?: Pick<CsvFormat, "style" | "language">): string {
  if (value === null) return "";
  const excel = format?.style === "excel";
  if (typeof value === "number") return excel ? String(value).replace(".", ",") : String(value);
  if (typeof value === "boolean") {
    if (!excel) return String(value);
    const [yes, no] = words[format.language];
    return value ? yes : no;
  }
  const safe = value.replace(/(^|[,;\t\r\n])([=+\-@])/g, "$1'$2");
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A header per column: the key for programs, the label in the user's language for people. */
export type CsvColumns = readonly (readonly [key: string, sv: string, en: string])[];

/** The whole file: header row, then the rows, each record ended by CRLF (RFC 4180). */
export function csvDocument(
  format: CsvFormat,
  columns: CsvColumns,
  rows: readonly (readonly CsvValue[])[],
): string {
  const excel = format.style === "excel";
  const header = columns.map(([key, sv, en]) =>
    excel ? (format.language === "sv" ? sv : en) : key,
  );
  const separator = excel ? ";" : ",";
  const lines = [header, ...rows].map((row) => row.map((v) => csvCell(v, format)).join(separator));
  return `${excel ? BOM : ""}${lines.join("\r\n")}\r\n`;
}
