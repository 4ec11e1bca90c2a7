import type { HeldWeekCell } from "../../shared/app/weeks/held-views";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";

/**
 * A year of on-call weeks as toggle buttons: pressed = held. A swap (a held week outside
 * the rotation, or a rotation week given away) says so in words, not only in colour.
 * Without a rotation nothing is swapped: a marked week is just held.
 */
export function WeekGrid(props: {
  year: number;
  weeks: readonly HeldWeekCell[];
  busy: boolean;
  /** Whether a rotation is set (else no week is a swap). */
  rotation: boolean;
  onToggle: (cell: HeldWeekCell) => void;
}) {
  const { t } = useI18n();
  return (
    <ul className="week-grid" aria-label={t("weeks.grid", { year: props.year })}>
      {props.weeks.map((cell) => {
        const note = props.rotation ? noteOf(cell) : null;
        const classes = [
          "week-cell",
          cell.held ? "held" : "",
          note ? "swapped" : "",
          cell.past ? "past" : "",
          cell.current ? "current" : "",
        ].filter(Boolean);
        const name = [
          t("weeks.cell", { week: cell.week.isoWeek, range: cell.range }),
          note ? t(note) : null,
          cell.current ? t("weeks.current") : null,
        ]
          .filter(Boolean)
          .join(", ");
        return (
          <li key={cell.week.start}>
            <button
              type="button"
              className={classes.join(" ")}
              aria-pressed={cell.held}
              aria-label={name}
              disabled={props.busy}
              aria-current={cell.current ? "date" : undefined}
              onClick={() => props.onToggle(cell)}
            >
              <span className="week-number">
                <span className="week-prefix">{t("weeks.prefix")} </span>
                {cell.week.isoWeek}
              </span>
              <span className="week-range">{cell.range}</span>
              {note && <span className="week-note">{t(note)}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function noteOf(cell: HeldWeekCell): MessageKey | null {
  if (cell.held && !cell.inRotation) return "weeks.swappedIn";
  if (!cell.held && cell.inRotation) return "weeks.swappedOut";
  return null;
}
