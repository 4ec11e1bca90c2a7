// Types of third-party-notices.mjs, for the tests that import it.
export interface ShippedPackage {
  dir: string;
  name: string;
  version: string;
  license: string;
}
export function shippedPackages(lock?: unknown): ShippedPackage[];
export const vendorPrograms: { name: string; license: string; file: string }[];
export function noticesText(): string;
export const NOTICES_FILE: string;
export function writeNotices(): void;
