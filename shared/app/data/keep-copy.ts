import { InputError } from "../texts/errors";
import type { CopiesPort, CopyReason } from "../ports";
import type { KeptCopyView } from "./data-views";
import { copyContents } from "./copies";
import type { DocumentAccess } from "./document-access";
import { exportJson } from "./transfer";

/**
 * Keeps the data as it is now as a dated copy, before an import or restore replaces it:
 * when that fails, nothing is replaced. (A change landing between this and the replace
 * would be missing from the copy: a window's click cannot, a tray click barely could.)
 */
export async function keepCurrentCopy(
  current: DocumentAccess["current"],
  copies: CopiesPort,
  reason: CopyReason,
): Promise<KeptCopyView> {
  try {
    const { data, now } = current();
    const kept = await copies.keep(exportJson(data), reason, now);
    return { ...kept, contents: copyContents(data) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw InputError.of(
      "copy",
      `could not keep a copy of the current data, so nothing changed (${why})`,
    );
  }
}
