/**
 * Stable ids of the red-dependency capability: buttons, the note form, queued jobs and outbox keys.
 * Never rename one that has shipped: buttons in messages already sent carry them.
 */
export const DependencyActionIds = {
  stillRed: 'saksgang.dependencies.still-red',
  nowYellow: 'saksgang.dependencies.now-yellow',
  nowGreen: 'saksgang.dependencies.now-green',
  resolved: 'saksgang.dependencies.resolved',
  snooze: 'saksgang.dependencies.snooze',
} as const;

export const DependencyFormIds = {
  stillRed: 'saksgang.form.dependencies.still-red',
} as const;

/** How many working days "remind me later" pauses a dependency's reminders. */
export const SNOOZE_WORKING_DAYS = 5;

/** Deterministic outbox keys and job ids (no ':' characters: BullMQ refuses them). */
export const dependencyKeys = {
  /** The message that tells a person at once that a dependency turned red; once per red spell and person. */
  turnedRed: (dependencyId: string, redSince: Date, personId: string) => `dependency-red.${dependencyId}.${redSince.getTime()}.${personId}`,
  /** One reminder per person and reminder day; with grouping off, per dependency as well. */
  reminder: (personId: string, day: string, dependencyId?: string) => `depreminder.${personId}.${day}${dependencyId ? `.${dependencyId}` : ''}`,
  /** The escalation of a dependency still red after its due date; once per dependency and due date. */
  escalation: (dependencyId: string, dueDay: string) => `depescalation.${dependencyId}.${dueDay}`,
  escalationMessage: (dependencyId: string, dueDay: string, personId: string) => `depescalation.${dependencyId}.${dueDay}.${personId}`,
};
