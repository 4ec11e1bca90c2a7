import { dialog } from "electron";
import { describe, expect, test, vi } from "vitest";
import { chooseFolderWithDialog } from "../../../electron/backups/folder-dialog";
import { backupTexts } from "../../../shared/app/texts/backup-texts";

describe("the second folder's dialog (mocked Electron)", () => {
  test("asks for a folder, in the data's language, and may make one", async () => {
    vi.mocked(dialog.showOpenDialog).mockResolvedValueOnce({
      canceled: false,
      filePaths: ["/media/usb/jour"],
    });
    const words = backupTexts("sv");
    const chosen = await chooseFolderWithDialog(dialog, {
      title: words.folderTitle,
      button: words.folderButton,
    });
    expect(chosen).toBe("/media/usb/jour");
    expect(vi.mocked(dialog.showOpenDialog).mock.calls.at(-1)).toEqual([
      {
        title: "Välj en andra mapp för Jours säkerhetskopior",
        buttonLabel: "Välj mappen",
        properties: ["openDirectory", "createDirectory"],
      },
    ]);
  });

  test("cancelled: null", async () => {
    vi.mocked(dialog.showOpenDialog).mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const words = backupTexts("en");
    expect(
      await chooseFolderWithDialog(dialog, {
        title: words.folderTitle,
        button: words.folderButton,
      }),
    ).toBeNull();
  });
});
