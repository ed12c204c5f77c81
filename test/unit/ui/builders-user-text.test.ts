import { describe, expect, it } from 'vitest';
import { renderMessage, renderModal } from '../../../src/channels/slack/render-block-kit.js';
import { renderFormCard, renderMessageCard } from '../../../src/channels/teams/render-adaptive-card.js';
import { buildDecisionForm } from '../../../src/decisions/build-decision-form.js';
import { buildItemsMessage } from '../../../src/decisions/build-items-message.js';
import { buildDependencyForm } from '../../../src/dependencies/build-dependency-form.js';
import { buildDependencyList } from '../../../src/dependencies/build-dependency-list.js';
import { buildPaperForm } from '../../../src/meetings/meeting-forms.js';
import { buildMissingList } from '../../../src/portfolio/build-missing-list.js';
import { buildProgressMessage } from '../../../src/portfolio/build-progress-message.js';
import type { RoundScopeEntry } from '../../../src/portfolio/load-round-scope.js';
import type { Form, Message } from '../../../src/ui/model.js';

// The builders that put a title, decision, description or name a person typed into a message or a form's intro:
// whatever they typed stays text on both platforms.
const HOSTILE = '<!channel> <@U123> <https://evil|ok> [ok](https://evil) **loud**';
const PINGS = /<!channel>|<@U123>|<https:\/\/evil/;
const CARD_LINK = /(^|[^\\])\[ok\]\(https:\/\/evil/;

/** Every mrkdwn text of a Block Kit structure: where Slack reads mentions and links (plain_text and input values show as typed). */
function mrkdwnOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnOf);
  if (!value || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const own = object.type === 'mrkdwn' && typeof object.text === 'string' ? [object.text] : [];
  return [...own, ...Object.values(object).flatMap(mrkdwnOf)];
}

/** Every markdown text of a card: TextBlocks and fact values (button titles and inputs show as typed). */
function cardMarkdownOf(body: Record<string, unknown>[]): string[] {
  return body.flatMap((b) => (b.type === 'TextBlock' ? [String(b.text)] : b.type === 'FactSet' ? (b.facts as { value: string }[]).map((f) => f.value) : []));
}

function expectSafeMessage(message: Message) {
  const rendered = renderMessage(message);
  const slack = JSON.stringify([rendered.text, ...mrkdwnOf(rendered.blocks)]);
  expect(slack).not.toMatch(PINGS);
  expect(slack).toContain('&lt;!channel&gt;');
  // Our markup would turn a typed [ok](url) into a Slack link; it must come out as the characters.
  expect(slack).toContain('[ok](https://evil) **loud**');
  const card = JSON.stringify(cardMarkdownOf(renderMessageCard(message).body));
  expect(card).not.toMatch(CARD_LINK);
  expect(card).toContain('\\\\[ok\\\\](https://evil) \\\\*\\\\*loud\\\\*\\\\*');
}

function expectSafeForm(form: Form) {
  const modal = JSON.stringify(mrkdwnOf(renderModal(form).blocks));
  expect(modal).not.toMatch(PINGS);
  expect(modal).toContain('[ok](https://evil) **loud**');
  const card = JSON.stringify(cardMarkdownOf(renderFormCard(form).body));
  expect(card).not.toMatch(CARD_LINK);
}

const entry = (status: RoundScopeEntry['status']) =>
  ({ initiative: { id: 'i1', name: HOSTILE, organisation: { name: HOSTILE }, owner: { name: HOSTILE } }, report: null, status }) as unknown as RoundScopeEntry;

describe('messages with typed text', () => {
  it("the secretariat's decision list: title, proposed decision and decision", () => {
    const item = { id: 'i', caseNumber: 12, caseYear: 2026, title: HOSTILE, type: 'discussion' as const, proposedDecision: HOSTILE };
    expectSafeMessage(buildItemsMessage({ meetingId: 'm', meetingRef: 'NUIT 2/2026', publishedAt: null, endsAt: new Date('2026-06-01T12:00:00Z'), items: [{ ...item, decision: HOSTILE }, { ...item, decision: null }] }, 'nb', new Date('2026-06-02T12:00:00Z')));
  });

  it("an initiative's dependency list: initiative, description and provider", () => {
    const dependency = { id: 'd', description: HOSTILE, category: 'funding' as const, criticality: 'high' as const, status: 'red' as const, dueDate: null, provider: HOSTILE };
    expectSafeMessage(buildDependencyList('en', { id: 'i', name: HOSTILE }, [dependency]));
  });

  it("the round's progress and the list of missing reports: initiative, organisation and owner", () => {
    const round = { id: 'r', label: 'Q2 2026', dueDate: new Date('2026-08-15') };
    expectSafeMessage(buildProgressMessage('nb', round, [entry('missing'), entry('draft')]));
    expectSafeMessage(buildMissingList('en', round, [entry('missing')]));
  });
});

describe('form intros with typed text', () => {
  it('the paper form, the decision form and the dependency form', () => {
    expectSafeForm(buildPaperForm('nb', { id: 'i', title: HOSTILE, caseNumber: 12, caseYear: 2026, proposedDecision: HOSTILE }));
    expectSafeForm(buildDecisionForm({ itemId: 'i', caseNo: '12/26', title: HOSTILE, type: 'decision', proposedDecision: HOSTILE, decision: null }, 'en'));
    expectSafeForm(buildDependencyForm('en', HOSTILE, {}, {}));
  });
});
