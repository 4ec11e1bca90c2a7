import path from "node:path";

/**
 * Where one document lives: the file electron-store writes, its last-good backup, and the
 * memo of which content last passed validation (validation-memo.ts).
 */
export interface DocumentFiles {
  directory: string;
  name: string;
  main: string;
  backup: string;
  checked: string;
}

export function documentFiles(directory: string, name: string): DocumentFiles {
  const dir = path.resolve(directory);
  return {
    directory: dir,
    name,
    main: path.join(dir, `${name}.json`),
    backup: path.join(dir, `${name}.backup.json`),
    checked: path.join(dir, `${name}.checked.json`),
  };
}

/** `jour.corrupt-2026-01-31T08-15-00-000Z.json`: sortable, and legal on every file system. */
export function asideName(stem: string, at: Date, attempt: number): string {
  const stamp = at.toISOString().replace(/[:.]/g, "-");
  return `${stem}.corrupt-${stamp}${attempt > 0 ? `-${attempt}` : ""}.json`;
}

/**
 * Temp files of interrupted writes: the verified writer's (`jour.json.tmp-<hex>`, the writer
 * of every file of the store; earlier versions' atomically used the same pattern), and
 * `jour.backup.json.tmp` of older versions' own copy, and those of the segment files
 * (`jour.incidents-2019.<hex>.json.tmp-<hex>`, the backup's too) and of the copy kept at
 * the split (`jour.before-split-<time>.json.tmp-<hex>`). A kill between write and rename
 * leaves them.
 */
export function isTempFile(files: DocumentFiles, fileName: string): boolean {
  const stem = files.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const segment = "\\.[A-Za-z]+-[A-Za-z0-9_-]{1,40}\\.[0-9a-f]{16}";
  const split = "\\.before-split-[0-9TZ-]+";
  return new RegExp(
    `^${stem}(\\.backup|\\.checked|\\.backup${segment}|${segment}|${split})?\\.json\\.tmp(-[0-9a-f]+)?$`,
  ).test(fileName);
}
