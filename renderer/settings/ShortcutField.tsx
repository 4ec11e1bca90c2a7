import { useContext, useState } from "react";
import { isGlobalShortcut } from "../../shared/app/settings/accelerator";
import { useI18n } from "../i18n/i18n";
import { acceleratorOf, displayAccelerator } from "./shortcut-keys";
import { FieldProblemContext, fieldId } from "../ui/fields";

const isMac = typeof navigator !== "undefined" && /Mac/i.test(navigator.platform);

/**
 * The global shortcut, recorded rather than typed: focus the field and press the
 * combination; it becomes an Electron accelerator ("CommandOrControl+Alt+J"). A press that
 * is no usable global shortcut (no Ctrl/Cmd or Alt) is refused on the spot. Tab and
 * Shift+Tab still move on; Escape leaves the value as it was.
 */
export function ShortcutField(props: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  const path = "globalShortcut";
  const id = fieldId(path);
  const saved = useContext(FieldProblemContext);
  const [hint, setHint] = useState<string | null>(null);
  const problem = hint ?? (saved?.field === path ? saved.message : null);
  return (
    <div className="field">
      <label htmlFor={id}>{t("settings.globalShortcut")}</label>
      <div className="shortcut-recorder">
        <input
          id={id}
          value={props.value === "" ? "" : displayAccelerator(props.value, isMac)}
          placeholder={t("record.shortcutPress")}
          readOnly
          data-accelerator={props.value}
          aria-describedby={`${id}-help${problem ? ` ${id}-error` : ""}`}
          aria-invalid={problem ? true : undefined}
          onKeyDown={(event) => {
            if (event.key === "Tab" || event.key === "Escape") return;
            event.preventDefault();
            const accelerator = acceleratorOf(event, isMac);
            if (accelerator === null) return; // only modifiers so far
            if (!isGlobalShortcut(accelerator)) {
              setHint(
                t("record.shortcutNeedsModifier", { keys: displayAccelerator(accelerator, isMac) }),
              );
              return;
            }
            setHint(null);
            props.onChange(accelerator);
          }}
        />
        <button
          type="button"
          className="quiet"
          disabled={props.value === ""}
          onClick={() => {
            setHint(null);
            props.onChange("");
          }}
        >
          {t("record.shortcutClear")}
        </button>
      </div>
      {/* One row below the recorder: in Settings' grid the field has three rows, so a help
          and an error as two rows would be laid over each other. */}
      <div>
        <p className="muted small" id={`${id}-help`}>
          {t("record.shortcutHelp")}
        </p>
        {problem && (
          <p className="field-error" id={`${id}-error`}>
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}
