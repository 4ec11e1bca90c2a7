import * as v from "valibot";

/** The id of a customer or a runbook step in the settings: 1–64 letters, digits, - or _. */
export const settingIdSchema = v.pipe(
  v.string(),
  v.regex(/^[\w-]{1,64}$/, "expected 1–64 letters, digits, - or _"),
);
