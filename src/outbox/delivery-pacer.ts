/** One limit a delivery counts against: a Redis key and the messages per second allowed on it. */
export interface PaceKey {
  key: string;
  perSecond: number;
}

/** The reservations of every worker and process, kept in Redis so pacing holds across all of them. */
export interface DeliveryPacer {
  /**
   * Milliseconds until this delivery's slot (0 or less: now). Reserves once per key; asking again gives the same slot.
   * `keys`: the platform-wide limit first (n per second, counted per window), then the conversation's (spaced).
   */
  reserve(deliveryKey: string, keys: PaceKey[]): Promise<number>;
  /** Right before the platform call: 0 when it may go now (and it is counted), else the milliseconds to wait. */
  pass(deliveryKey: string, keys: PaceKey[]): Promise<number>;
  /** Forgets the delivery's slot once it was used, so a later retry reserves a fresh one. */
  release(deliveryKey: string): Promise<void>;
}
