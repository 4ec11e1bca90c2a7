/**
 * Notification text as the desktop can take it: control characters (NUL makes
 * child_process, and so node-notifier, throw; others garble notify-send's markup) become a
 * space, line breaks stay, and the text is cut to a length every desktop shows.
 */
export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 1_000;

export function sanitizeNotificationText(text: string, max: number): string {
  let clean = "";
  for (const char of String(text)) {
    const code = char.codePointAt(0) ?? 0;
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    clean += control && char !== "\n" ? " " : char;
  }
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

/** The notification with a title and body safe to hand to any notifier. */
export function sanitizeNotification<N extends { title: string; body: string }>(
  notification: N,
): N {
  return {
    ...notification,
    title: sanitizeNotificationText(notification.title, MAX_TITLE_LENGTH).replace(/\n/g, " "),
    body: sanitizeNotificationText(notification.body, MAX_BODY_LENGTH),
  };
}
