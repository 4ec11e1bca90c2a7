import { useEffect, useId, useRef } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";

export interface DialogAction {
  label: string;
  onClick: () => void;
  kind?: "primary" | "danger";
  disabled?: boolean;
}

/**
 * A question in the window (not window.confirm, which a screen reader and the tests cannot
 * reach the same way): a modal dialog with a title, what the choice means, the actions and
 * Cancel. The keyboard starts in it, stays in it (Tab wraps), and Escape cancels; on close
 * focus goes back to where it was.
 */
export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  actions: readonly DialogAction[];
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const { onCancel } = props;

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>("button:not([disabled])")?.focus();
    return () => before?.focus?.();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== "Tab" || !box.current) return;
    const focusable = [...box.current.querySelectorAll<HTMLElement>("button:not([disabled])")];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        className="dialog card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{props.title}</h2>
        <div id={`${id}-body`} className="stack">
          {props.children}
        </div>
        <div className="button-row wrap">
          {props.actions.map((action) => (
            <button
              key={action.label}
              type="button"
              className={action.kind ?? ""}
              disabled={action.disabled}
              onClick={action.onClick}
            >
              {action.label}
            </button>
          ))}
          <button type="button" onClick={onCancel}>
            {t("dialog.cancel")}
          </button>
        </div>
      </div>
    </div>
  );
}
