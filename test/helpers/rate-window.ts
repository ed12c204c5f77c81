/**
 * Counts requests per key in a sliding one-second window, the way the platforms state their limits
 * ("n per second"). A request past any of its limits is refused and counted against none.
 */
export function createRateWindow() {
  const seen = new Map<string, number[]>();
  return {
    /** True when a request now stays within every limit given (undefined limits do not apply); it is then counted. */
    admit(limits: { key: string; perSecond: number | undefined }[], now = Date.now()): boolean {
      const applied = limits.filter((l): l is { key: string; perSecond: number } => l.perSecond !== undefined);
      const windows = applied.map((l) => {
        const times = (seen.get(l.key) ?? []).filter((t) => t > now - 1000);
        seen.set(l.key, times);
        return { times, perSecond: l.perSecond };
      });
      if (windows.some((w) => w.times.length >= w.perSecond)) return false;
      for (const w of windows) w.times.push(now);
      return true;
    },
    reset() {
      seen.clear();
    },
  };
}
