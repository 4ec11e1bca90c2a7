import * as v from "valibot";
import type { Language } from "../texts/language";
import { textsFor } from "../texts/texts";
import type { DefaultStepId } from "../texts/texts";
import { settingIdSchema } from "./setting-id";

/** A runbook step; `link` is a template (see checklist.ts), "" for none. */
export const runbookStepSchema = v.object({
  id: settingIdSchema,
  text: v.pipe(v.string(), v.minLength(1, "a step needs a text"), v.maxLength(500)),
  link: v.pipe(v.string(), v.maxLength(2000)),
});
export type RunbookStep = v.InferOutput<typeof runbookStepSchema>;

const defaultStepLinks: Record<DefaultStepId, string> = {
  call: "{callLink}",
  classify: "",
  "new-relic": "{newRelicUrl}?begin={startMs}&end={endMs}",
  elmah: "{elmahUrl}",
  fix: "",
  jira: "{jiraCreateUrl}",
  confirm: "",
};

/** DOMAIN §1, the agency's runbook, with quick links (placeholders: checklist.ts). */
export const defaultRunbook: readonly RunbookStep[] = defaultRunbookIn("sv");

function defaultRunbookIn(language: Language): RunbookStep[] {
  const texts = textsFor(language).runbook;
  return Object.entries(defaultStepLinks).map(([id, link]) => ({
    id,
    text: texts[id as DefaultStepId],
    link,
  }));
}

/**
 * The runbook after the language changed: a default step whose text is still the default
 * of the old language gets the new language's; the user's own words stay as they are.
 */
export function runbookInLanguage(
  runbook: readonly RunbookStep[],
  from: Language,
  to: Language,
): RunbookStep[] {
  const old = textsFor(from).runbook;
  const next = textsFor(to).runbook;
  return runbook.map((step) => {
    const id = step.id as DefaultStepId;
    return Object.hasOwn(old, id) && step.text === old[id] ? { ...step, text: next[id] } : step;
  });
}
