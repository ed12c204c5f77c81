import type { AppServices } from '../../app/services.js';
import type { Actor } from '../../conversation/actor.js';
import type { Dispatcher } from '../../conversation/dispatch.js';
import type { TurnContext } from '../../conversation/handler-types.js';
import { identifyActor } from '../../conversation/identify-actor.js';
import type { Reply } from '../../conversation/reply.js';
import { conversationTexts } from '../../conversation/texts.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/text.js';
import type { TurnKind } from '../../observability/metrics.js';
import { newTurnId } from '../../observability/new-turn-id.js';
import { createKnownLocales, type KnownLocales } from './known-locales.js';
import { createTurnSlots, SLACK_TURNS_AT_ONCE, type TurnSlots } from './turn-slots.js';
import { SLACK_ANSWER_BUDGET_MS, withinBudget } from './within-budget.js';

/**
 * "Working on it" waits to know the person's language until this long after the request's arrival at the
 * latest: identifying them is one indexed query, so this only bites on a swamped host, and Slack's three
 * seconds still hold with room for the network.
 */
const LOCALE_DEADLINE_MS = 2_700;

/** What every Slack listener needs. */
export interface SlackListenerDeps {
  services: AppServices;
  dispatcher: Dispatcher;
  /** How long after a request's arrival Slack gets its answer at the latest. */
  budgetMs: number;
  /** The turns this process runs at once; the others are answered at once and wait in line (`turn-slots.ts`). */
  slots: TurnSlots;
  /** Each person's language as last identified, for an answer given before their turn runs. */
  locales: KnownLocales;
}

export function slackListenerDeps(services: AppServices, dispatcher: Dispatcher, budgetMs: number = SLACK_ANSWER_BUDGET_MS, turnsAtOnce: number = SLACK_TURNS_AT_ONCE): SlackListenerDeps {
  return { services, dispatcher, budgetMs, slots: createTurnSlots(turnsAtOnce), locales: createKnownLocales() };
}

/** What each kind of Slack request is, for the metrics. */
const TURN_KIND: Record<SlackTurn['what'], TurnKind> = { command: 'command', event: 'message', action: 'action', view: 'submit' };

/** One turn, as a listener describes it; every step but `run` is optional. */
export interface SlackTurn {
  /** For the logs and metrics: command, event, action, view. */
  what: 'command' | 'event' | 'action' | 'view';
  userId: string;
  /** When the request reached us (ms since the epoch); the budget counts from here. */
  arrivedAt?: number | undefined;
  /** The dispatcher call. A failure here is a failed turn: the person is told so. */
  run(ctx: TurnContext): Promise<Reply>;
  /**
   * Sends the reply through the Web API (events and clicks, which Slack answers with an empty 200). Part of
   * the budgeted work; a failure is logged, never reported as a failure of the change already made.
   */
  deliver?(reply: Reply, ctx: TurnContext): Promise<void>;
  /** Answers Slack's request with the reply, when it came within the budget. */
  answer?(reply: Reply, ctx: TurnContext): Promise<void>;
  /**
   * Before "working on it" when the turn has to wait for a slot: answers the request itself when the turn is
   * not needed (a form whose fields fail the form's own checks gets its errors) and says whether it did.
   */
  precheck?(locale: Locale): Promise<boolean>;
  /** Answers Slack's request with "working on it" when the budget ran out or the turn waits for a slot. */
  working?(locale: Locale): Promise<void>;
  /** Brings the reply after "working on it". */
  late?(reply: Reply, ctx: TurnContext): Promise<void>;
  /** Tells the person the turn failed; `answered` says whether Slack's request was answered already. */
  fail(text: string, answered: boolean): Promise<unknown>;
}

/**
 * The one way a Slack request becomes a turn: identify the person, run the dispatcher call, and answer
 * Slack within the budget counted from the request's arrival: with the reply when it is ready in time,
 * otherwise with "working on it" and the reply when done. A turn that finds every slot taken (`turn-slots.ts`)
 * does not wait for one inside the budget: it is answered at once ("working on it", after `precheck`) and
 * runs when a slot frees, its reply coming as a slow turn's does. Never throws; whatever fails is logged, and
 * the person hears of a failed turn rather than being left waiting.
 */
export async function runSlackTurn(deps: SlackListenerDeps, turn: SlackTurn): Promise<void> {
  const log = deps.services.log.child({ turnId: newTurnId(), platform: 'slack' });
  // The turn's own log, with its id, reaches the handler through the turn context.
  const services: AppServices = { ...deps.services, log };
  const ended = services.metrics?.startTurn('slack', TURN_KIND[turn.what]);
  const inFlight = services.metrics?.slackTurnsInFlight;
  inFlight?.inc();
  let actor: Actor | null = null;
  /** The person's language once they are identified, or as last known; never waits for it. */
  const locale = () => actor?.locale ?? deps.locales.get(turn.userId) ?? services.config.DEFAULT_LOCALE;
  const failed = async (error: unknown, answered: boolean) => {
    log.error('Slack turn failed', { what: turn.what, error });
    await Promise.resolve()
      .then(() => turn.fail(t(locale(), conversationTexts.somethingWentWrong), answered))
      .catch((tellError: unknown) => log.warn('could not tell the person a Slack turn failed', { what: turn.what, error: tellError }));
  };
  const undelivered = (error: unknown) => log.error('Slack reply could not be delivered', { what: turn.what, error });

  let identified: Promise<Actor> | null = null;
  const identify = () =>
    (identified ??= identifyActor(services.db, { platform: 'slack', userId: turn.userId }, services.config.DEFAULT_LOCALE).then((found) => {
      deps.locales.set(turn.userId, found.locale);
      return (actor = found);
    }));
  const perform = async () => {
    const ctx: TurnContext = { services, actor: await identify() };
    const reply = await turn.run(ctx);
    if (turn.deliver) await turn.deliver(reply, ctx).catch(undelivered);
    return { reply, ctx };
  };
  const finished = () => {
    ended?.();
    inFlight?.dec();
  };

  const slot = deps.slots.tryTake();
  if (!slot) {
    // Every slot is taken: answered now, run when a slot frees (the reply as a slow turn's).
    services.metrics?.slackSlowAnswers.inc({ kind: TURN_KIND[turn.what] });
    let answeredAlready = false;
    try {
      answeredAlready = (await turn.precheck?.(locale())) ?? false;
    } catch (error) {
      log.warn('Slack precheck failed; the turn runs as usual', { what: turn.what, error });
    }
    if (answeredAlready) {
      finished();
      return;
    }
    await turn.working?.(locale()).catch(undelivered);
    void deps.slots
      .queue(perform)
      .then(
        ({ reply, ctx }) => turn.late?.(reply, ctx).catch(undelivered),
        (error: unknown) => failed(error, true),
      )
      .finally(finished);
    return;
  }

  const work = perform();
  void work.finally(slot).then(finished, finished);
  const arrived = turn.arrivedAt ?? Date.now();
  const elapsed = Date.now() - arrived;
  // When a later turn finds every slot taken, the process is in a burst: this one stops keeping Slack waiting too.
  let stopListening = () => undefined as void;
  let pressed = false;
  const full = new Promise<void>((resolve) => {
    stopListening = deps.slots.onFull(() => {
      pressed = true;
      resolve();
    });
  });
  let budgeted: Awaited<ReturnType<typeof withinBudget<{ reply: Reply; ctx: TurnContext }>>>;
  try {
    budgeted = await withinBudget(work, Math.max(0, deps.budgetMs - elapsed), full);
  } catch (error) {
    await failed(error, false);
    return;
  } finally {
    stopListening();
  }
  if (budgeted.done) {
    await turn.answer?.(budgeted.value.reply, budgeted.value.ctx).catch(undelivered);
    return;
  }
  services.metrics?.slackSlowAnswers.inc({ kind: TURN_KIND[turn.what] });
  // "Working on it" in the person's language: their identification is one indexed query, worth a moment (unless
  // the process is in a burst, when the language as last known will do).
  if (!actor && turn.working && !pressed) await withinBudget(identify(), Math.max(0, arrived + LOCALE_DEADLINE_MS - Date.now())).catch(() => undefined);
  // A form's own checks still go on the open form.
  const checked = pressed ? await Promise.resolve(turn.precheck?.(locale())).catch(() => false) : false;
  if (checked) {
    // Answered by its checks while the turn, already running, finds the same errors: nothing is left to tell.
    void budgeted.later.catch(() => undefined);
    return;
  }
  await turn.working?.(locale()).catch(undelivered);
  void budgeted.later.then(
    ({ reply, ctx }) => turn.late?.(reply, ctx).catch(undelivered),
    (error: unknown) => failed(error, true),
  );
}
