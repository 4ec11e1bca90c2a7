/** The parts of globalShortcut the binding uses. */
export interface GlobalShortcutLike {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

/** Why an accelerator could not be bound. */
export type ShortcutProblem = "invalid" | "taken";

/**
 * The configurable global shortcut that starts or stops the incident timer. A new
 * accelerator is registered before the old one is released, so one that is invalid or
 * taken leaves the old one bound (and the core refuses the setting: ShortcutPort).
 */
export function createShortcutBinding(
  globalShortcut: GlobalShortcutLike,
  onPress: () => void,
  log: (message: string) => void,
) {
  let bound: string | null = null;

  const register = (accelerator: string): ShortcutProblem | null => {
    try {
      return globalShortcut.register(accelerator, onPress) ? null : "taken";
    } catch (error) {
      log(`Global shortcut ${accelerator} is not valid: ${String(error)}`);
      return "invalid";
    }
  };

  /** Binds `accelerator` ("" unbinds) in place of the current one, or says why not. */
  function bind(accelerator: string): ShortcutProblem | null {
    if (accelerator === bound) return null;
    const old = bound;
    if (accelerator === "") {
      if (old !== null) globalShortcut.unregister(old);
      bound = null;
      return null;
    }
    let problem = register(accelerator);
    if (problem === "taken" && old !== null) {
      // The same keys spelled differently ("Ctrl" for "CommandOrControl") are taken by us:
      // try again without the old one, and put it back if that fails too.
      globalShortcut.unregister(old);
      problem = register(accelerator);
      if (problem !== null && register(old) !== null) bound = null;
      if (problem === null) bound = accelerator;
    } else if (problem === null) {
      if (old !== null) globalShortcut.unregister(old);
      bound = accelerator;
    }
    if (problem === "taken") log(`Global shortcut ${accelerator} is taken by another app`);
    return problem;
  }

  return {
    bind,
    /** true when `accelerator` is now registered ("" unbinds). */
    apply: (accelerator: string): boolean => bind(accelerator) === null,
    /** The accelerator bound now, or null. */
    bound: (): string | null => bound,
    release(): void {
      if (bound !== null) globalShortcut.unregister(bound);
      bound = null;
    },
  };
}
