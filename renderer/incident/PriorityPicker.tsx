import { useI18n } from "../i18n/i18n";

type Priority = 1 | 2 | 3;
const PRIORITIES = [1, 2, 3] as const;

/** P1/P2/P3 with the contract's wording, as radio buttons (arrow keys move between them). */
export function PriorityPicker(props: {
  name: string;
  value: Priority;
  onChange: (priority: Priority) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="field priorities">
      <legend>{t("incident.priority")}</legend>
      {PRIORITIES.map((priority) => (
        <label key={priority} className={`priority p${priority}`}>
          <input
            type="radio"
            name={props.name}
            value={priority}
            checked={props.value === priority}
            onChange={() => props.onChange(priority)}
          />
          <span>{t(`incident.p${priority}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
