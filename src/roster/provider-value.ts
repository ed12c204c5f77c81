/** What a dependency's provider can be in the roster. */
export const PROVIDER_KINDS = ['initiative', 'organisation', 'person'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** The value of a provider picker's option: what it is and its id (`initiative:…`, `organisation:…`, `person:…`). */
export const providerValue = (kind: ProviderKind, id: string): string => `${kind}:${id}`;

/** Reads a provider picker's value back; null when it is not one (a forged or stale value). */
export function parseProviderValue(value: string): { kind: ProviderKind; id: string } | null {
  const at = value.indexOf(':');
  if (at < 0) return null;
  const kind = PROVIDER_KINDS.find((k) => k === value.slice(0, at));
  const id = value.slice(at + 1);
  return kind && id ? { kind, id } : null;
}
