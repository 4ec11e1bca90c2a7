import { useEffect, useRef, useState } from "react";
import type { IncidentView } from "../../shared/app/incidents/incident-views";
import { useAction } from "../api/api-context";
import { formatDateTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { WallTimeField } from "../ui/WallTimeField";
import type { WallTimeEdit } from "../ui/WallTimeField";
import { ErrorMessage } from "../ui/ErrorMessage";

type Entry = IncidentView["timeline"][number];

const milestoneRows: [keyof IncidentView, MessageKey][] = [
  ["reportedAt", "record.reported"],
  ["respondedAt", "incident.responded"],
  ["rollbackRequestedAt", "incident.rollbackRequested"],
  ["rollbackStartedAt", "incident.rollbackStarted"],
  ["resolvedAt", "incident.markResolved"],
];

type Row =
  | { kind: "milestone"; at: number; text: string; key: string }
  | { kind: "notes"; at: number; text: string; key: string }
  | { kind: "entry"; at: number; text: string; key: string; entry: Entry };

/**
 * The incident's timeline: its notes, each stamped when written (text and time editable),
 * among the milestones. An older incident's free-text notes show as its first entry.
 */
export function Timeline(props: { incident: IncidentView }) {
  const { t, language, timeZone } = useI18n();
  const act = useAction();
  const { incident } = props;
  const [text, setText] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const rows: Row[] = [];
  for (const [field, label] of milestoneRows) {
    const at = incident[field];
    if (typeof at === "number") rows.push({ kind: "milestone", at, text: t(label), key: field });
  }
  if (incident.notes.trim() !== "") {
    rows.push({ kind: "notes", at: incident.reportedAt, text: incident.notes, key: "notes" });
  }
  for (const entry of incident.timeline) {
    rows.push({ kind: "entry", at: entry.at, text: entry.text, key: entry.id, entry });
  }
  // Stable: at the same minute a milestone comes before the note written about it.
  rows.sort((a, b) => a.at - b.at);

  const add = async () => {
    const failure = await act((api) => api.addTimelineEntry({ id: incident.id, text }));
    setError(failure);
    if (!failure) setText("");
  };
  // A note written but not yet added is added when the view goes away: nothing typed is lost
  // by leaving (as the form's fields save themselves).
  const pending = useRef({ id: incident.id, text });
  useEffect(() => {
    pending.current = { id: incident.id, text };
  });
  useEffect(
    () => () => {
      const { id, text: left } = pending.current;
      if (left.trim() !== "") void act((api) => api.addTimelineEntry({ id, text: left }));
    },
    [act],
  );
  const inputId = `${incident.id}-timeline-new`;

  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("record.timeline")}</h2>
      <ol className="timeline">
        {rows.map((row) => (
          <li key={row.key} className={row.kind === "milestone" ? "milestone" : undefined}>
            <time dateTime={new Date(row.at).toISOString()}>
              {formatDateTime(row.at, timeZone, language)}
            </time>
            {row.kind === "entry" && editing === row.entry.id ? (
              <EntryEditor
                incidentId={incident.id}
                entry={row.entry}
                onDone={() => setEditing(null)}
              />
            ) : (
              <span className="wrap-anywhere">{row.text}</span>
            )}
            {row.kind === "entry" && editing !== row.entry.id && (
              <button
                type="button"
                className="quiet"
                aria-label={t("record.editEntryOf", {
                  when: formatDateTime(row.at, timeZone, language),
                })}
                onClick={() => setEditing(row.entry.id)}
              >
                {t("record.edit")}
              </button>
            )}
          </li>
        ))}
      </ol>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <div className="field">
          <label htmlFor={inputId}>{t("record.newNote")}</label>
          <textarea
            id={inputId}
            value={text}
            rows={2}
            maxLength={2000}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <ErrorMessage error={error} />
        <div className="button-row">
          <button type="submit" disabled={text.trim() === ""}>
            {t("record.addNote")}
          </button>
        </div>
      </form>
    </section>
  );
}

function EntryEditor(props: { incidentId: string; entry: Entry; onDone: () => void }) {
  const { t } = useI18n();
  const act = useAction();
  const { entry } = props;
  const [text, setText] = useState(entry.text);
  // Untouched, the entry keeps its exact time.
  const [when, setWhen] = useState<WallTimeEdit>({ at: entry.at, problem: null });
  const [error, setError] = useState<unknown>(null);
  const prefix = `${props.incidentId}-${entry.id}`;

  const save = async () => {
    const at = when.at;
    if (when.problem || at === null) {
      setError(when.problem);
      return;
    }
    const failure = await act((api) =>
      api.updateTimelineEntry({ id: props.incidentId, entryId: entry.id, text, at }),
    );
    setError(failure);
    if (!failure) props.onDone();
  };
  const remove = async () => {
    const failure = await act((api) =>
      api.deleteTimelineEntry({ id: props.incidentId, entryId: entry.id }),
    );
    setError(failure);
    if (!failure) props.onDone();
  };

  return (
    <form
      className="timeline-edit"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") props.onDone();
      }}
    >
      <WallTimeField
        id={`${prefix}-at`}
        label={t("record.noteTime")}
        field="at"
        value={when.at}
        onChange={setWhen}
        invalid={Boolean(error)}
      />
      <label htmlFor={`${prefix}-text`}>{t("record.noteText")}</label>
      <textarea
        id={`${prefix}-text`}
        value={text}
        rows={3}
        maxLength={2000}
        onChange={(event) => setText(event.target.value)}
      />
      <ErrorMessage error={error} />
      <div className="button-row">
        <button type="submit" className="primary">
          {t("record.saveNote")}
        </button>
        <button type="button" className="quiet" onClick={props.onDone}>
          {t("record.cancel")}
        </button>
        <button type="button" className="danger" onClick={() => void remove()}>
          {t("record.deleteNote")}
        </button>
      </div>
    </form>
  );
}
