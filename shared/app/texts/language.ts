/** The window's and the notifications' languages: Swedish (the agency's, the default) and English. */
export const languages = ["sv", "en"] as const;
export type Language = (typeof languages)[number];
