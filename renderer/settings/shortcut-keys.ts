import { isAcceleratorKey } from "../../shared/app/settings/accelerator";

/** The parts of a keydown event a shortcut is read from. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const NAMED: Record<string, string> = {
  " ": "Space",
  ArrowUp: "Up",
  ArrowDown: "Down",
  ArrowLeft: "Left",
  ArrowRight: "Right",
  Enter: "Enter",
  Backspace: "Backspace",
  Delete: "Delete",
  Insert: "Insert",
  Home: "Home",
  End: "End",
  PageUp: "PageUp",
  PageDown: "PageDown",
  "+": "Plus",
};

/** The key of a press as an accelerator names it, or null for a bare modifier. */
function keyName(press: KeyPress): string | null {
  // By position for letters and digits: Option+J on a Mac types "∆", the key is still J.
  const letter = /^Key([A-Z])$/.exec(press.code)?.[1];
  if (letter) return letter;
  const digit = /^Digit(\d)$/.exec(press.code)?.[1];
  if (digit) return digit;
  const named = NAMED[press.key];
  if (named) return named;
  if (/^F\d{1,2}$/.test(press.key)) return press.key;
  if (press.key.length === 1) return press.key.toUpperCase();
  return null;
}

/**
 * A key press as an Electron accelerator ("CommandOrControl+Alt+J"): Ctrl on Windows and
 * Linux and Cmd on a Mac both become CommandOrControl, so the setting travels between
 * machines. null while only modifiers are held or the key has no accelerator name.
 */
export function acceleratorOf(press: KeyPress, mac: boolean): string | null {
  const key = keyName(press);
  if (key === null || !isAcceleratorKey(key)) return null;
  const modifiers: string[] = [];
  const command = mac ? press.metaKey : press.ctrlKey;
  if (command) modifiers.push("CommandOrControl");
  if (mac && press.ctrlKey) modifiers.push("Control");
  if (!mac && press.metaKey) modifiers.push("Super");
  if (press.altKey) modifiers.push("Alt");
  if (press.shiftKey) modifiers.push("Shift");
  return [...modifiers, key].join("+");
}

/** "CommandOrControl+Alt+J" as the user's keyboard says it: "Ctrl+Alt+J" / "⌘+⌥+J". */
export function displayAccelerator(accelerator: string, mac: boolean): string {
  const words: Record<string, string> = mac
    ? {
        CommandOrControl: "⌘",
        CmdOrCtrl: "⌘",
        Command: "⌘",
        Alt: "⌥",
        Option: "⌥",
        Shift: "⇧",
        Control: "⌃",
      }
    : { CommandOrControl: "Ctrl", CmdOrCtrl: "Ctrl", Control: "Ctrl", Super: "Win" };
  return accelerator
    .split("+")
    .map((part) => words[part] ?? part)
    .join("+");
}
