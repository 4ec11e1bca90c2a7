/**
 * The window's Content-Security-Policy: only the app's own scripts and styles, no network,
 * no plugins, no framing. Sent as a header on every app:// response (a header, unlike a
 * <meta> tag, also covers frame-ancestors). One literal, so scanners such as electronegativity
 * can read it.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

type Headers = Record<string, string[]>;

/** Adds the CSP to a response's headers, replacing any policy already there. */
export function withCsp(headers: Headers | undefined): Headers {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== "content-security-policy",
  );
  return { ...Object.fromEntries(kept), "Content-Security-Policy": [CONTENT_SECURITY_POLICY] };
}
