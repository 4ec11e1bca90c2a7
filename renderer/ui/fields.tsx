import { createContext, useContext, useState } from "react";
import type { ReactNode } from "react";

/**
 * Form fields of the settings, each named by its path in the settings ("rules.handoverTime"),
 * which is also its element id: the core's error names that path, so the field in error is
 * marked and its message shown beside it.
 */

export interface FieldProblem {
  field: string;
  message: string;
}

export const FieldProblemContext = createContext<FieldProblem | null>(null);

export function fieldId(path: string): string {
  return `setting-${path.replace(/\./g, "-")}`;
}

function useProblem(path: string): string | null {
  const problem = useContext(FieldProblemContext);
  return problem && problem.field === path ? problem.message : null;
}

function Field(props: { path: string; label: string; children: ReactNode; wide?: boolean }) {
  const problem = useProblem(props.path);
  return (
    <div className={props.wide ? "field wide" : "field"}>
      <label htmlFor={fieldId(props.path)}>{props.label}</label>
      {props.children}
      {problem && (
        <p className="field-error" id={`${fieldId(props.path)}-error`}>
          {problem}
        </p>
      )}
    </div>
  );
}

function invalidProps(path: string, problem: string | null) {
  return problem
    ? { "aria-invalid": true as const, "aria-describedby": `${fieldId(path)}-error` }
    : {};
}

export function TextField(props: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  wide?: boolean;
  type?: "text" | "url";
}) {
  const problem = useProblem(props.path);
  return (
    <Field path={props.path} label={props.label} {...(props.wide ? { wide: true } : {})}>
      <input
        id={fieldId(props.path)}
        type={props.type ?? "text"}
        value={props.value}
        placeholder={props.placeholder}
        spellCheck={false}
        onChange={(event) => props.onChange(event.target.value)}
        {...invalidProps(props.path, problem)}
      />
    </Field>
  );
}

/**
 * A number typed as text: what is not a number yet stays as typed and becomes NaN, which
 * the save refuses with the field named (a number input would silently drop it).
 */
export function NumberField(props: {
  path: string;
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const problem = useProblem(props.path);
  const [text, setText] = useState(Number.isNaN(props.value) ? "" : formatNumber(props.value));
  return (
    <Field path={props.path} label={props.label}>
      <input
        id={fieldId(props.path)}
        inputMode="decimal"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          props.onChange(parseNumber(event.target.value));
        }}
        {...invalidProps(props.path, problem)}
      />
    </Field>
  );
}

export function parseNumber(text: string): number {
  const cleaned = text.trim().replace(/\s/g, "").replace(",", ".");
  if (cleaned === "" || !/^-?\d*\.?\d+$/.test(cleaned)) return NaN;
  return Number(cleaned);
}

function formatNumber(value: number): string {
  return String(value).replace(".", ",");
}

export function CheckboxField(props: {
  path: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="field check">
      <input
        id={fieldId(props.path)}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={fieldId(props.path)}>{props.label}</label>
    </div>
  );
}

export function SelectField<T extends string | number>(props: {
  path: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  /** What the chosen option means, under the field: keeps the options short. */
  hint?: string;
}) {
  const problem = useProblem(props.path);
  const hintId = `${fieldId(props.path)}-hint`;
  const invalid = invalidProps(props.path, problem);
  const describedBy = [props.hint ? hintId : "", invalid["aria-describedby"] ?? ""]
    .filter(Boolean)
    .join(" ");
  return (
    <Field path={props.path} label={props.label}>
      <select
        id={fieldId(props.path)}
        value={String(props.value)}
        onChange={(event) => {
          const chosen = props.options.find((o) => String(o.value) === event.target.value);
          if (chosen) props.onChange(chosen.value);
        }}
        {...invalid}
        {...(describedBy ? { "aria-describedby": describedBy } : {})}
      >
        {props.options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
      {props.hint && (
        <p className="muted small" id={hintId}>
          {props.hint}
        </p>
      )}
    </Field>
  );
}
