import type { KindCounts } from './import-result.js';

/**
 * Creates the row when there is none, updates it when one of `data`'s fields differs from the stored
 * value, and counts which of the three happened. Returns the row's id.
 */
export async function applyChange(
  count: KindCounts,
  stored: ({ id: string } & object) | null,
  data: Record<string, unknown>,
  write: { create: () => Promise<{ id: string }>; update: (where: { id: string }) => Promise<unknown> },
): Promise<string> {
  if (!stored) {
    count.created += 1;
    return (await write.create()).id;
  }
  const current = stored as Record<string, unknown>;
  if (Object.entries(data).every(([field, value]) => sameValue(current[field], value))) {
    count.unchanged += 1;
    return stored.id;
  }
  count.updated += 1;
  await write.update({ id: stored.id });
  return stored.id;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
