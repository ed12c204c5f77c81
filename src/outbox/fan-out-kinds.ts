import { turnedRedFanOut } from '../dependencies/turned-red-fan-out.js';
import { providerNamedFanOut } from '../dependencies/provider-named-fan-out.js';
import { meetingCancelledFanOut, meetingInviteFanOut, meetingMovedFanOut, paperArrivedFanOut, paperToFollowFanOut } from '../meetings/meeting-fan-outs.js';
import { roundInviteFanOut, roundRemindFanOut } from '../portfolio/round-fan-outs.js';
import type { FanOutKind } from './fan-out-kind.js';

let registry: Map<string, FanOutKind> | null = null;

/**
 * Every kind of fan-out, by name. Built on first use rather than at import, because the capabilities that
 * define the kinds also import the outbox (an import cycle must not meet a half-loaded module).
 */
export function fanOutKindNamed(name: string): FanOutKind {
  registry ??= new Map(
    [meetingInviteFanOut, meetingMovedFanOut, meetingCancelledFanOut, paperToFollowFanOut, paperArrivedFanOut, roundInviteFanOut, roundRemindFanOut, turnedRedFanOut, providerNamedFanOut].map((kind) => [kind.name, kind as unknown as FanOutKind]),
  );
  const kind = registry.get(name);
  if (!kind) throw new Error(`No fan-out kind named ${name}`);
  return kind;
}
