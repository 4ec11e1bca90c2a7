import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { NewerSchemaError } from "../../shared/app/texts/errors";
import type { StoreNotice } from "../../shared/app/texts/storage-faults";
import { fsyncDirectory } from "./atomic-file";
import { joinItems, layoutKey, readLayout, segmentFile } from "./segments";

/**
 * The JSON layouts of earlier Jours, read once to migrate them into `jour.db`: the single
 * file (schema 1) and the split layout (schema 2: `jour.json` naming one file per year, and
 * its backup `jour.backup.json` with its own copies). Read only: the files are then moved
 * into a dated folder (`moveLegacyFiles`), never deleted.
 */
export interface LegacyData {
  /** The document as read (not checked). */
  raw: unknown;
  /** What the user is told: a file that could not be used, the backup used instead. */
  notices: StoreNotice[];
  problems: string[];
}

const member = "incidents";
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The store's own files of the JSON layouts, by name (what is moved after the migration). */
export function legacyFiles(directory: string, name: string): string[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const own = new RegExp(
    `^${escaped}(\\.backup|\\.checked)?(\\.${member}-[A-Za-z0-9_-]{1,40}\\.[0-9a-f]{16})?\\.json(\\.tmp(-[0-9a-f]+)?)?$`,
  );
  if (!fs.existsSync(directory)) return [];
  return fs.readdirSync(directory).filter((entry) => own.test(entry));
}

/**
 * Reads the document of the JSON layout: `jour.json` (and its year files), or when that
 * cannot be used its backup. `parse` decides whether a document is usable. Null when there
 * is no `jour.json` nor backup at all.
 */
export function readLegacy(
  directory: string,
  name: string,
  parse: (raw: unknown) => unknown,
): LegacyData | null {
  const main = `${name}.json`;
  const backup = `${name}.backup.json`;
  const exists = (file: string) => fs.existsSync(path.join(directory, file));
  if (!exists(main) && !exists(backup)) return null;
  const notices: StoreNotice[] = [];
  const problems: string[] = [];
  for (const [file, stem] of [
    [main, name],
    [backup, `${name}.backup`],
  ] as const) {
    if (!exists(file)) continue;
    try {
      const raw = readJsonLayout(directory, file, stem);
      parse(raw); // throws when unusable
      if (file === backup) {
        notices.push({ kind: "restored", file: main, backup, fileWasMissing: !exists(main) });
      }
      return { raw, notices, problems };
    } catch (error) {
      if (error instanceof NewerSchemaError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      problems.push(`${file}: ${detail}`);
      notices.push({
        kind: "unusable",
        file,
        reason: error instanceof SyntaxError ? "json" : "invalid",
        detail,
        keptAs: file, // moved with the others into the dated folder
      });
    }
  }
  notices.push({ kind: "defaults" });
  return { raw: undefined, notices, problems };
}

function readJsonLayout(directory: string, file: string, stem: string): unknown {
  const raw = JSON.parse(utf8.decode(fs.readFileSync(path.join(directory, file)))) as unknown;
  const record = raw as Record<string, unknown> | null;
  if (typeof record !== "object" || record === null || !(layoutKey in record)) return raw;
  const layout = readLayout(record[layoutKey], member);
  if (typeof layout === "string") throw new Error(layout);
  const segments = layout.segments.map((segment) => {
    const bytes = fs.readFileSync(segmentFile(directory, stem, member, segment));
    const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
    if (bytes.length !== segment.bytes || sha256 !== segment.sha256) {
      throw new Error(`the ${segment.unit} file of ${file} is not the one it names`);
    }
    const items = JSON.parse(utf8.decode(bytes)) as unknown;
    if (!Array.isArray(items)) throw new Error(`the ${segment.unit} file of ${file} is no list`);
    return items;
  });
  // The document is the manifest without its `split` member, with the incidents joined.
  const rest = Object.fromEntries(Object.entries(record).filter(([key]) => key !== layoutKey));
  return { ...rest, [member]: joinItems(layout, segments) };
}

/**
 * Moves the JSON layout's files into `jour-json-<time>/` in the data folder (a rename: the
 * same disk, nothing copied, nothing deleted). Returns the folder's name, or null when
 * there was nothing to move.
 */
export function moveLegacyFiles(directory: string, name: string, at: Date): string | null {
  const files = legacyFiles(directory, name);
  if (files.length === 0) return null;
  const folder = `${name}-json-${at.toISOString().replace(/[:.]/g, "-")}`;
  fs.mkdirSync(path.join(directory, folder), { recursive: true });
  for (const file of files) {
    fs.renameSync(path.join(directory, file), path.join(directory, folder, file));
  }
  syncFolder(path.join(directory, folder));
  syncFolder(directory);
  return folder;
}

/** Makes renames in a folder durable (the verified writer's own fsync of a folder). */
export const syncFolder = (directory: string): void => fsyncDirectory(directory);
