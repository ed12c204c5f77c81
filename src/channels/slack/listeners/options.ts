import type { App } from '@slack/bolt';
import type { TurnContext } from '../../../conversation/handler-types.js';
import { identifyActor } from '../../../conversation/identify-actor.js';
import { newTurnId } from '../../../observability/new-turn-id.js';
import { arrivedAt } from '../arrived-at.js';
import { renderSearchOptions } from '../render-block-kit.js';
import type { SlackListenerDeps } from '../run-slack-turn.js';
import { withinBudget } from '../within-budget.js';

/** Search pickers' data sets are named `saksgang.search.<name>`; the action id of an `external_select` is one. */
const ourDatasets = /^saksgang\.search\./;

/**
 * A search picker's question (`block_suggestion`: the person typed into an `external_select`). Slack waits
 * three seconds for the options; the search answers within the budget counted from the request's arrival, or
 * the person sees no options this time (the next keystroke asks again). Nothing changes, so nothing is audited.
 */
export function register(app: App, deps: SlackListenerDeps): void {
  app.options({ type: 'block_suggestion', action_id: ourDatasets }, async ({ body, ack, context }) => {
    const b = body as { user: { id: string }; action_id: string; value?: string };
    const services = { ...deps.services, log: deps.services.log.child({ turnId: newTurnId(), platform: 'slack' }) };
    const work = (async () => {
      const actor = await identifyActor(services.db, { platform: 'slack', userId: b.user.id }, services.config.DEFAULT_LOCALE);
      const ctx: TurnContext = { services, actor };
      return deps.dispatcher.search(ctx, b.action_id, b.value ?? '');
    })();
    const budgeted = await withinBudget(work, Math.max(0, deps.budgetMs - (Date.now() - arrivedAt(context)))).catch((error: unknown) => {
      services.log.error('Slack search failed', { dataset: b.action_id, error });
      return null;
    });
    // Block Kit options (`{ text, value }`); Bolt types this ack with the legacy dialog shape too.
    await ack({ options: budgeted?.done ? renderSearchOptions(budgeted.value) : [] } as never);
  });
}
