/**
 * A minimal iCalendar (RFC 5545) writer: a VCALENDAR of timed VEVENTs with UTC times.
 * Pure text in, text out: CRLF line ends, TEXT values escaped (§3.3.11), and content lines
 * folded at 75 octets of UTF-8 (§3.1) without splitting a character.
 */

export interface IcsEvent {
  /** Globally unique and stable: the same event exported again has the same UID. */
  uid: string;
  start: number;
  end: number;
  summary: string;
  description?: string;
  /** A cancelled event (an earlier export's week no longer held). */
  cancelled?: boolean;
}

export interface IcsCalendar {
  /** "-//Jour//Jour 1.0//SV" */
  prodId: string;
  /** When the file is made (DTSTAMP of every event). */
  stamp: number;
  name?: string;
  events: readonly IcsEvent[];
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;

export function icsCalendar(calendar: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(calendar.prodId)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(calendar.name === undefined ? [] : [`X-WR-CALNAME:${escapeText(calendar.name)}`]),
  ];
  for (const event of calendar.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${icsUtc(calendar.stamp)}`,
      // Each export a later revision, so a calendar that has the UID takes the new one
      // (and a cancellation) instead of keeping its copy.
      `SEQUENCE:${icsSequence(calendar.stamp)}`,
      `DTSTART:${icsUtc(event.start)}`,
      `DTEND:${icsUtc(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description === undefined ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
      `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
      // An on-call week does not make the engineer busy for other meetings.
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Minutes since 2000: grows with every export made at a later minute. */
export function icsSequence(stamp: number): number {
  return Math.max(0, Math.floor((stamp - Date.UTC(2000, 0, 1)) / 60_000));
}

/** "20261221T230000Z" */
export function icsUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** TEXT escaping: backslash, semicolon, comma, and newlines as "\n". */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * A content line folded so that no line exceeds 75 octets: each continuation starts with
 * one space (which counts), and a multi-byte character is never cut.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
