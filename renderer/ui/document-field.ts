import type { Translate } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";

/** The document's own lists, as an import's error names them ("onDutyWeeks.3"). */
const documentKeys: Record<string, MessageKey> = {
  incidents: "import.incidents",
  onDutyWeeks: "import.heldWeeks",
  offDutyWeeks: "import.heldWeeks",
  notHeldWeeks: "import.heldWeeks",
  reportedWeeks: "import.reportedWeeks",
  weekChecklists: "field.weekChecklists",
};

/**
 * The label of a place in an imported file, so that an error says where in it: "incidents.3.
 * work.0.end" reads "Incident 4 i filen, arbetspass 1: Slut". `labelOf` words the last part
 * as any form's field. null for a path that is not the document's.
 */
export function documentFieldLabel(
  field: string,
  t: Translate,
  labelOf: (field: string) => string,
): string | null {
  const incident = /^incidents\.(\d+)(?:\.(.+))?$/.exec(field);
  if (incident) {
    const who = t("field.incidentN", { n: Number(incident[1]) + 1 });
    const rest = incident[2];
    if (rest === undefined) return who;
    const part = /^(work|timeline)\.(\d+)(?:\.(.+))?$/.exec(rest);
    if (!part) return `${who}: ${labelOf(rest)}`;
    const n = Number(part[2]) + 1;
    const which = t(part[1] === "work" ? "field.workN" : "field.noteN", { n });
    return part[3] === undefined ? `${who}, ${which}` : `${who}, ${which}: ${labelOf(part[3])}`;
  }
  const head = field.split(".", 1)[0] ?? "";
  const list = documentKeys[head];
  if (list) return t(list);
  // The file's own bookkeeping (alerts sent, the timer, the id counter): the file is wrong.
  // A bare "timer" is the timer of a call (fieldKeys), not the file's.
  if (["firedAlerts", "nextId"].includes(head) || /^timer(Watch)?\./.test(field)) {
    return t("field.json");
  }
  return null;
}
