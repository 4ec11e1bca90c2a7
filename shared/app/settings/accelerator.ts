/**
 * Electron accelerators ("CommandOrControl+Alt+J") as the global shortcut setting takes
 * them: modifiers joined by "+", then exactly one key. A global shortcut needs a modifier
 * (a bare "J" would swallow that letter everywhere), except the function keys F13–F24 that
 * nobody types. "" means no shortcut.
 */

export const MODIFIERS = [
  "Command",
  "Cmd",
  "Control",
  "Ctrl",
  "CommandOrControl",
  "CmdOrCtrl",
  "Alt",
  "Option",
  "AltGr",
  "Shift",
  "Super",
  "Meta",
] as const;

const NAMED_KEYS = new Set([
  "Plus",
  "Space",
  "Tab",
  "Capslock",
  "Numlock",
  "Scrolllock",
  "Backspace",
  "Delete",
  "Insert",
  "Return",
  "Enter",
  "Up",
  "Down",
  "Left",
  "Right",
  "Home",
  "End",
  "PageUp",
  "PageDown",
  "Escape",
  "Esc",
  "PrintScreen",
  ...Array.from({ length: 10 }, (_, n) => `num${n}`),
  "numdec",
  "numadd",
  "numsub",
  "nummult",
  "numdiv",
]);

const modifierSet: ReadonlySet<string> = new Set(MODIFIERS);

/** One key: a letter, a digit, a function key, a named key or a punctuation character. */
export function isAcceleratorKey(key: string): boolean {
  if (/^[A-Z0-9]$/.test(key)) return true;
  if (/^F([1-9]|1\d|2[0-4])$/.test(key)) return true;
  if (/^[)!@#$%^&*(:;<=>?_~{}|"',./`[\]\\-]$/.test(key)) return true;
  return NAMED_KEYS.has(key);
}

/** Whether `text` is a usable global shortcut ("" counts: no shortcut). */
export function isGlobalShortcut(text: string): boolean {
  if (text === "") return true;
  const parts = text.split("+");
  // "Ctrl++" names the plus key as "Plus"; an empty part is a typo.
  if (parts.some((part) => part === "")) return false;
  const key = parts[parts.length - 1] ?? "";
  const modifiers = parts.slice(0, -1);
  if (!isAcceleratorKey(key)) return false;
  if (modifiers.some((m) => !modifierSet.has(m))) return false;
  if (new Set(modifiers).size !== modifiers.length) return false;
  if (modifiers.length === 0) return /^F(1[3-9]|2[0-4])$/.test(key);
  // Shift alone is typing (Shift+J is "J"), not a shortcut.
  return !(modifiers.length === 1 && modifiers[0] === "Shift");
}
