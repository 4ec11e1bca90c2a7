import type { DocumentAccess } from "../data/document-access";
import { statusView } from "./status";
import type { StatusView } from "./status-views";

/** The tray and the Now view at a glance. */
export interface StatusMethods {
  getStatus(): Promise<StatusView>;
}

export function statusMethods({ read }: DocumentAccess): StatusMethods {
  return { getStatus: () => read(statusView) };
}
