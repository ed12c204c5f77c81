import type { Gateways, Platform } from '../channels/gateway.js';

/**
 * Which platform reaches a person: the one they chose (`platform slack|teams`, `Person.dmPlatform`) when it is
 * configured and they are on it, else the first configured platform they are on, Slack before Teams. A person
 * on both gets one message, not two.
 */
export function choosePlatform(
  gateways: Gateways,
  ids: { slack?: string | null; teams?: string | null; teamsRef?: unknown; preferred?: Platform | null },
): Platform | null {
  const reachable = reachablePlatforms(gateways, ids);
  if (ids.preferred && reachable.includes(ids.preferred)) return ids.preferred;
  return reachable[0] ?? null;
}

/** Every configured platform a person or committee is on, Slack before Teams. */
export function reachablePlatforms(gateways: Gateways, ids: { slack?: string | null; teams?: string | null; teamsRef?: unknown }): Platform[] {
  const platforms: Platform[] = [];
  if (gateways.slack && ids.slack) platforms.push('slack');
  if (gateways.teams && (ids.teams || ids.teamsRef)) platforms.push('teams');
  return platforms;
}
