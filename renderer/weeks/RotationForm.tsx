import { useState } from "react";
import type { RotationView } from "../../shared/app/weeks/held-views";
import { useI18n } from "../i18n/i18n";

/** "Every N weeks from week W (year Y)", or no rotation. */
export function RotationForm(props: {
  rotation: RotationView | null;
  defaultYear: number;
  defaultWeek: number;
  onSave: (rotation: { everyWeeks: number; fromYear: number; fromIsoWeek: number } | null) => void;
}) {
  const { t } = useI18n();
  const { rotation } = props;
  const [every, setEvery] = useState(String(rotation?.everyWeeks ?? 5));
  const [week, setWeek] = useState(String(rotation?.isoWeek ?? props.defaultWeek));
  const [year, setYear] = useState(String(rotation?.isoYear ?? props.defaultYear));
  const summary = rotation
    ? t(rotation.everyWeeks === 1 ? "weeks.rotationEvery1" : "weeks.rotationNow", {
        every: rotation.everyWeeks,
        week: rotation.isoWeek,
        year: rotation.isoYear,
      })
    : t("weeks.rotationNone");
  return (
    <section className="card" aria-labelledby="weeks-rotation">
      <h2 id="weeks-rotation">{t("weeks.rotation")}</h2>
      <p>{summary}</p>
      <form
        className="rotation-form"
        onSubmit={(event) => {
          event.preventDefault();
          props.onSave({
            everyWeeks: Number(every),
            fromYear: Number(year),
            fromIsoWeek: Number(week),
          });
        }}
      >
        <label>
          {t("weeks.everyWeeks")}
          <input
            type="number"
            min={1}
            max={52}
            value={every}
            onChange={(e) => setEvery(e.target.value)}
          />
        </label>
        <label>
          {t("weeks.fromWeek")}
          <input
            type="number"
            min={1}
            max={53}
            value={week}
            onChange={(e) => setWeek(e.target.value)}
          />
        </label>
        <label>
          {t("weeks.fromYear")}
          <input
            type="number"
            min={2000}
            max={2199}
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
        </label>
        <div className="button-row">
          <button type="submit" className="primary">
            {t("weeks.saveRotation")}
          </button>
          {rotation && (
            <button type="button" onClick={() => props.onSave(null)}>
              {t("weeks.clearRotation")}
            </button>
          )}
        </div>
      </form>
      <p className="muted small">{t("weeks.rotationKeepsPast")}</p>
    </section>
  );
}
