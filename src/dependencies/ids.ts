/**
 * Stable ids of the dependencies capability: buttons, forms, queued jobs and outbox keys.
 * Never rename one that has shipped: buttons in messages already sent carry them. Entering a dependency
 * began in the portfolio capability, so its ids keep the `portfolio` in their values.
 */
export const DependencyActionIds = {
  add: 'saksgang.portfolio.dependency-add',
  edit: 'saksgang.portfolio.dependency-edit',
  stillRed: 'saksgang.dependencies.still-red',
  nowYellow: 'saksgang.dependencies.now-yellow',
  nowGreen: 'saksgang.dependencies.now-green',
  resolved: 'saksgang.dependencies.resolved',
  snooze: 'saksgang.dependencies.snooze',
} as const;

export const DependencyFormIds = {
  dependency: 'saksgang.form.portfolio.dependency',
  stillRed: 'saksgang.form.dependencies.still-red',
  snooze: 'saksgang.form.dependencies.snooze',
} as const;

/** The working days "remind me in N days" offers first, and the range a person may choose from. */
export const SNOOZE_WORKING_DAYS = 5;
export const SNOOZE_MIN = 1;
export const SNOOZE_MAX = 30;

/** The `DependencyChange.field` of one person's pause of their own reminders (`changedById`, `toValue` = the end). */
export const SNOOZE_FIELD = 'snooze';

/** Deterministic outbox keys and job ids (no ':' characters: BullMQ refuses them). */
export const dependencyKeys = {
  /** The message that tells a person at once that a dependency turned red; once per red spell and person. */
  turnedRed: (dependencyId: string, redSince: Date, personId: string) => `dependency-red.${dependencyId}.${redSince.getTime()}.${personId}`,
  /** The message that tells a new provider of a red dependency; once per provider change (its `DependencyChange`) and person. */
  providerNamed: (changeId: string, personId: string) => `depprovider.${changeId}.${personId}`,
  /** One reminder per person and reminder day; with grouping off, per dependency as well. */
  reminder: (personId: string, day: string, dependencyId?: string) => `depreminder.${personId}.${day}${dependencyId ? `.${dependencyId}` : ''}`,
  /** The escalation of a dependency still red after its due date; once per dependency and due date. */
  escalation: (dependencyId: string, dueDay: string) => `depescalation.${dependencyId}.${dueDay}`,
  /** The other side told that a dependency's status changed; once per recorded change and person. */
  answerNotice: (changeId: string, personId: string) => `depanswer.${changeId}.${personId}`,
  /** The job that shares one recorded answer (copies edited in place, the other side told); once per change. */
  shareAnswer: (changeId: string) => `depshare.${changeId}`,
  escalationMessage: (dependencyId: string, dueDay: string, personId: string) => `depescalation.${dependencyId}.${dueDay}.${personId}`,
};
