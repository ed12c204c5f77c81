/**
 * How many Slack turns this process runs at once. A turn runs its handler's queries, rendering and platform
 * calls on the one event loop every other request shares; with every turn of a burst running together, each
 * gets a sliver of the machine, all finish together near the end of the answer budget, and every request of
 * the burst waits as long as the whole burst. With a few slots, the turns that find one finish quickly and
 * answer in the HTTP response; one that finds none is answered at once ("working on it" for a command or a
 * form, the empty answer of a click or an event, which they get anyway) and waits in line for a slot, first
 * come first served, its reply coming when it ran (`run-slack-turn.ts`).
 */
export interface TurnSlots {
  /** A slot now, or null when all are taken or turns are waiting for one (they come first). Call the result once, when the turn ends. */
  tryTake(): (() => void) | null;
  /** Runs `work` in the next free slot. */
  queue<T>(work: () => Promise<T>): Promise<T>;
  /** Turns running or waiting for a slot. */
  readonly inFlight: number;
  /**
   * Calls `listener` when a turn next finds no slot (the process has more turns than it runs at once); returns
   * the way to stop listening. A turn in a slot then stops keeping Slack waiting (`run-slack-turn.ts`).
   */
  onFull(listener: () => void): () => void;
}

/**
 * Four slots: a turn is mostly waiting for PostgreSQL (a dozen or so queries) and Prisma's work between them,
 * so four keep a two-core machine and a pool of ten connections busy without the turns starving each other or
 * the requests still coming in. More do not make a burst finish sooner; they make each turn slower.
 */
export const SLACK_TURNS_AT_ONCE = 4;

export function createTurnSlots(size: number = SLACK_TURNS_AT_ONCE): TurnSlots {
  let running = 0;
  const waiting: (() => void)[] = [];
  const fullListeners = new Set<() => void>();
  const release = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      running -= 1;
      const next = waiting.shift();
      if (next) {
        running += 1;
        next();
      }
    };
  };
  return {
    tryTake() {
      if (running >= size || waiting.length > 0) {
        for (const listener of fullListeners) listener();
        fullListeners.clear();
        return null;
      }
      running += 1;
      return release();
    },
    async queue(work) {
      let done = this.tryTake();
      if (!done) {
        await new Promise<void>((resolve) => waiting.push(resolve));
        done = release();
      }
      try {
        return await work();
      } finally {
        done();
      }
    },
    onFull(listener) {
      fullListeners.add(listener);
      return () => void fullListeners.delete(listener);
    },
    get inFlight() {
      return running + waiting.length;
    },
  };
}
