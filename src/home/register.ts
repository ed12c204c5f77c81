import type { HandlerRegistry } from '../conversation/handler-registry.js';
import { answerSentence } from './handlers/answer-sentence.js';
import { importRosterAction } from './handlers/import-roster.js';
import { openRoundAction, openRoundForm } from './handlers/open-round.js';
import { pickMeetingAction, pickMeetingForm } from './handlers/pick-meeting.js';
import { planMeetingAction } from './handlers/plan-meeting.js';
import { closeRoundAction, roundProgressAction } from './handlers/round-actions.js';
import { showDependencyAction } from './handlers/show-dependency.js';
import { homeCommand, homeFollowUpDoneAction, refreshHomeAction, showHomeAction } from './handlers/show-home.js';

/** The home: its command, its buttons and small forms, and the answer to a sentence that is no command. */
export function registerHome(registry: HandlerRegistry): void {
  registry.addCommand(homeCommand);
  for (const action of [
    refreshHomeAction,
    showHomeAction,
    homeFollowUpDoneAction,
    planMeetingAction,
    pickMeetingAction,
    openRoundAction,
    roundProgressAction,
    closeRoundAction,
    importRosterAction,
    showDependencyAction,
  ]) {
    registry.addAction(action);
  }
  registry.addForm(pickMeetingForm).addForm(openRoundForm);
  registry.setFallback(answerSentence);
}
