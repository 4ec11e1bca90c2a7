/**
 * Duplicate ids in a document, the first found, with both places named. Pure over the
 * document's shape (no schema), so parseJourData and the store's checker share it.
 */

interface IdDocument {
  settings: { customers: readonly { id: string }[]; runbook: readonly { id: string }[] };
  incidents: readonly { id: string; work: readonly { id: string }[] }[];
}

export interface DuplicateId {
  /** The path of the second use ("incidents.4.work.0.id"). */
  field: string;
  problem: string;
}

/** Walks the ids in order; the first repeated one is reported. */
function firstDuplicate(ids: Iterable<[path: string, id: string]>): DuplicateId | null {
  const seen = new Map<string, string>();
  for (const [path, id] of ids) {
    const first = seen.get(id);
    if (first !== undefined) return { field: path, problem: `"${id}" is also ${first}` };
    seen.set(id, path);
  }
  return null;
}

function* listIds(prefix: string, items: readonly { id: string }[]): Iterable<[string, string]> {
  for (let i = 0; i < items.length; i++) yield [`${prefix}.${i}.id`, items[i]?.id ?? ""];
}

function* intervalIds(data: IdDocument): Iterable<[string, string]> {
  for (let i = 0; i < data.incidents.length; i++) {
    const work = data.incidents[i]?.work ?? [];
    for (let w = 0; w < work.length; w++) {
      yield [`incidents.${i}.work.${w}.id`, work[w]?.id ?? ""];
    }
  }
}

export function duplicateIdProblem(data: IdDocument): DuplicateId | null {
  return (
    firstDuplicate(listIds("incidents", data.incidents)) ??
    firstDuplicate(intervalIds(data)) ??
    firstDuplicate(listIds("settings.customers", data.settings.customers)) ??
    firstDuplicate(listIds("settings.runbook", data.settings.runbook))
  );
}

/** For a list's own check: `"c-1" is used twice (0 and 2)`, or a fallback when none is. */
export function duplicateInList(items: unknown, fallback: string): string {
  if (!Array.isArray(items)) return fallback;
  const seen = new Map<unknown, number>();
  for (let i = 0; i < items.length; i++) {
    const id: unknown = (items[i] as { id?: unknown } | null)?.id;
    const first = seen.get(id);
    if (first !== undefined) return `${fallback}: "${String(id)}" is used by ${first} and ${i}`;
    seen.set(id, i);
  }
  return fallback;
}
