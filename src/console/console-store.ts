/** A Bot Framework activity as the console keeps it: loose JSON with the fields it reads. */
export interface ConsoleActivity {
  id?: string;
  type: string;
  timestamp?: string;
  from?: { id: string; name?: string; role?: 'user' | 'bot'; aadObjectId?: string };
  conversation?: { id: string };
  replyToId?: string;
  text?: string;
  attachments?: { contentType: string; content?: unknown; contentUrl?: string; name?: string }[];
  [key: string]: unknown;
}

interface Conversation {
  /** Append-only: a corrected card is appended again with the same id, which Web Chat shows in place. */
  log: ConsoleActivity[];
  latest: Map<string, ConsoleActivity>;
}

/**
 * The console's transcripts, in memory: everything the person typed and everything the bot sent, per
 * conversation, readable from a watermark (the index in the append-only log). Restarting the app empties
 * them; the bot's own data is in the database.
 */
export class ConsoleStore {
  private readonly conversations = new Map<string, Conversation>();
  private counter = 0;

  constructor(private readonly clock: () => Date = () => new Date()) {}

  private conversation(conversationId: string): Conversation {
    let conversation = this.conversations.get(conversationId);
    if (!conversation) {
      conversation = { log: [], latest: new Map() };
      this.conversations.set(conversationId, conversation);
    }
    return conversation;
  }

  /** Adds an activity, giving it an id and a timestamp when it has none; returns what was stored. */
  append(conversationId: string, activity: ConsoleActivity): ConsoleActivity {
    this.counter += 1;
    const stored: ConsoleActivity = {
      ...activity,
      id: activity.id ?? `${conversationId}|${String(this.counter).padStart(7, '0')}`,
      timestamp: activity.timestamp ?? this.clock().toISOString(),
      conversation: { id: conversationId },
    };
    this.push(conversationId, stored);
    return stored;
  }

  /**
   * Replaces an activity's content, keeping its id and timestamp so it stays where it was in the transcript.
   * Returns null when the activity is unknown.
   */
  replace(conversationId: string, activityId: string, changes: Partial<ConsoleActivity>): ConsoleActivity | null {
    const current = this.conversations.get(conversationId)?.latest.get(activityId);
    if (!current) return null;
    const next: ConsoleActivity = { ...current, ...changes, id: current.id!, timestamp: current.timestamp!, conversation: { id: conversationId }, from: current.from! };
    this.push(conversationId, next);
    return next;
  }

  find(conversationId: string, activityId: string): ConsoleActivity | undefined {
    return this.conversations.get(conversationId)?.latest.get(activityId);
  }

  /** Entries after `watermark`, and the watermark to ask with next time. */
  since(conversationId: string, watermark: number): { activities: ConsoleActivity[]; watermark: number } {
    const log = this.conversations.get(conversationId)?.log ?? [];
    const from = Number.isFinite(watermark) && watermark > 0 ? Math.min(watermark, log.length) : 0;
    return { activities: log.slice(from), watermark: log.length };
  }

  private push(conversationId: string, activity: ConsoleActivity): void {
    const conversation = this.conversation(conversationId);
    conversation.log.push(activity);
    conversation.latest.set(activity.id!, activity);
  }
}
