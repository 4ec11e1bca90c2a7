/** The parts of globalShortcut the binding uses. */
export interface GlobalShortcutLike {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

/**
 * The configurable global shortcut that starts or stops the incident timer. Applying a new
 * accelerator releases the old one; an invalid or taken one is reported, not thrown.
 */
export function createShortcutBinding(
  globalShortcut: GlobalShortcutLike,
  onPress: () => void,
  log: (message: string) => void,
) {
  let bound: string | null = null;
  return {
    /** true when `accelerator` is now registered ("" unbinds). */
    apply(accelerator: string): boolean {
      if (accelerator === bound) return true;
      if (bound !== null) globalShortcut.unregister(bound);
      bound = null;
      if (accelerator === "") return true;
      let ok = false;
      try {
        ok = globalShortcut.register(accelerator, onPress);
      } catch (error) {
        log(`Global shortcut ${accelerator} is not valid: ${String(error)}`);
        return false;
      }
      if (!ok) log(`Global shortcut ${accelerator} is taken by another app`);
      else bound = accelerator;
      return ok;
    },
    release(): void {
      if (bound !== null) globalShortcut.unregister(bound);
      bound = null;
    },
  };
}
