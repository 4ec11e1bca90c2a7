import { jourSplit, openDocumentStore } from "../../../electron/store";
import { emptyJourData, parseJourData } from "../../../shared/app/data";
import type { JourData } from "../../../shared/app/data";

/**
 * The document the app left in `directory`, as the next start reads it: `jour.json` is a
 * manifest naming a file per year (docs/storage.md), so reading it alone is not the data.
 */
export async function readSavedJour(directory: string): Promise<JourData> {
  const { document, problems } = await openDocumentStore<JourData>({
    directory,
    name: "jour",
    parse: parseJourData,
    defaults: emptyJourData,
    split: jourSplit,
  });
  if (problems.length > 0) throw new Error(problems.join(" "));
  return document;
}
