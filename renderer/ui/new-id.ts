/** An id not used by any of `items` ("customer-3"). */
export function newId(prefix: string, items: readonly { id: string }[]): string {
  const used = new Set(items.map((item) => item.id));
  let n = items.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
