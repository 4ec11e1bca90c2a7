import { createContext, useContext, useMemo } from "react";
import type { ReactNode } from "react";
import type { Language } from "../../shared/app/texts/language";
import { en } from "./en";
import { sv } from "./sv";
import type { MessageKey } from "./sv";

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A counted text: "count.incidents" for "count.incidents.one" and ".other". */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? Base : never;
}[MessageKey];

/** "1 incident", "2 incidenter": the count's text by the language's plural rules. */
export type Plural = (key: PluralKey, count: number) => string;

export interface I18n {
  language: Language;
  /** The rules' time zone: every date the window shows is in it. */
  timeZone: string;
  t: Translate;
  plural: Plural;
}

const dictionaries: Record<Language, Record<MessageKey, string>> = { sv, en };

/** Fills "{name}" placeholders that have a value; others stay as written. */
export function translate(
  language: Language,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string {
  const message = dictionaries[language][key];
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The text of `count` things in the language ("1 incident", "2 incidenter"). */
export function pluralize(language: Language, key: PluralKey, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  // Swedish and English have only "one" and "other".
  const form = rules.select(count) === "one" ? "one" : "other";
  return translate(language, `${key}.${form}`, { count });
}

const I18nContext = createContext<I18n>({
  language: "sv",
  timeZone: "Europe/Stockholm",
  t: (key, vars) => translate("sv", key, vars),
  plural: (key, count) => pluralize("sv", key, count),
});

export function I18nProvider(props: { language: Language; timeZone: string; children: ReactNode }) {
  const { language, timeZone } = props;
  const value = useMemo<I18n>(
    () => ({
      language,
      timeZone,
      t: (key, vars) => translate(language, key, vars),
      plural: (key, count) => pluralize(language, key, count),
    }),
    [language, timeZone],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
