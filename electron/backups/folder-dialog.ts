import type { Electron } from "../runtime";

/** The words of the folder dialog, in the data's language. */
export interface FolderDialogWords {
  title: string;
  button: string;
}

/**
 * Asks for the second backup folder with the desktop's own folder dialog (a new folder may
 * be made in it); null when the user cancelled.
 */
export async function chooseFolderWithDialog(
  dialog: Pick<Electron["dialog"], "showOpenDialog">,
  words: FolderDialogWords,
): Promise<string | null> {
  const { canceled, filePaths } = await dialog.showOpenDialog({
    title: words.title,
    buttonLabel: words.button,
    properties: ["openDirectory", "createDirectory"],
  });
  return canceled ? null : (filePaths[0] ?? null);
}
