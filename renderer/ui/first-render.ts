/** The mark of the moment the bundle has loaded: its modules evaluated, the app starts. */
export const BUNDLE_LOADED_MARK = "jour:bundle-loaded";

export function markBundleLoaded(): void {
  performance.mark(BUNDLE_LOADED_MARK);
}

/** The mark the window benchmark reads: the Now view first showed real data. */
export const FIRST_RENDER_MARK = "jour:now-first-render";

let marked = false;

export function markFirstRender(): void {
  if (marked) return;
  marked = true;
  performance.mark(FIRST_RENDER_MARK);
}
