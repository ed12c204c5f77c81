import { describe, expect, it } from 'vitest';
import { describeReason, describeWhat } from '../../../src/outbox/describe-delivery-failure.js';
import { UNREACHABLE } from '../../../src/outbox/send-to-person.js';

describe('a failed delivery in words the secretariat reads', () => {
  it('names what the message was in both languages', () => {
    expect(describeWhat('agenda', 'en')).toBe('the agenda');
    expect(describeWhat('followup_reminder', 'nb')).toBe('en påminnelse om et oppfølgingspunkt');
    expect(describeWhat('portfolio_invite', 'en')).toBe('a message about portfolio reporting');
    expect(describeWhat('something-new', 'nb')).toBe('en melding');
  });
  it('explains why, keeping the platform code for whoever fixes it', () => {
    expect(describeReason(UNREACHABLE, 'en')).toBe('the person has no Slack or Teams id in the roster');
    expect(describeReason('slack: not_in_channel', 'nb')).toBe('kanalen finnes ikke, eller boten er ikke med i den (slack: not_in_channel)');
    expect(describeReason('teams: http_503', 'en')).toBe('the platform refused the message or did not answer (teams: http_503)');
  });
});
