import type { Gateways, Platform } from '../channels/gateway.js';

/**
 * Which platform reaches a person or a committee: the first configured platform they are on, Slack before
 * Teams. (An organisation normally uses one of them; a person on both gets one message, not two.)
 */
export function choosePlatform(gateways: Gateways, ids: { slack?: string | null; teams?: string | null; teamsRef?: unknown }): Platform | null {
  if (gateways.slack && ids.slack) return 'slack';
  if (gateways.teams && (ids.teams || ids.teamsRef)) return 'teams';
  return null;
}
