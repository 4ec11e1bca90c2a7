/**
 * A Jira issue key such as "WEB-123". Its own file, without valibot, so that the window can
 * check a key as it is typed without bundling the app core.
 */
export const JIRA_KEY = /^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,9}$/;
