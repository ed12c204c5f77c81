import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/channels/slack/render-block-kit.js';
import { renderMessageCard } from '../../../src/channels/teams/render-adaptive-card.js';
import { defineTexts, t } from '../../../src/i18n/text.js';
import { buildAgendaMessage } from '../../../src/meetings/build-agenda-message.js';
import { escapeMarkup, link, markup } from '../../../src/ui/markup.js';
import type { Message } from '../../../src/ui/model.js';

const HOSTILE = ['<!channel>', '<!here>', '<@U123>', '<https://evil|ok>'];
const DISGUISE = '[ok](https://evil) **loud** _tilt_';
const texts = defineTexts({ said: { nb: (p: { what: string }) => `Du skrev **${p.what}**.`, en: (p: { what: string }) => `You wrote **${p.what}**.` } });

/** The message a template with a person's text gives, as every builder makes it. */
const said = (what: string): Message => {
  const text = t('en', texts.said, { what });
  return { text, blocks: [{ type: 'header', text }, { type: 'text', text }, { type: 'context', text }, { type: 'fields', fields: [{ label: 'Note', value: text }] }] };
};
const cardTexts = (message: Message) => JSON.stringify(renderMessageCard(message).body);

describe('t() treats every string parameter as user text', () => {
  it('escapes our markup in parameters, keeps it in the template, and lets markup() through', () => {
    expect(t('en', texts.said, { what: DISGUISE })).toBe('You wrote **\\[ok\\](https://evil) \\*\\*loud\\*\\* \\_tilt\\_**.');
    expect(t('en', texts.said, { what: markup('[a](https://x.no)') })).toBe('You wrote **[a](https://x.no)**.');
  });

  it('link() escapes the label and refuses a URL that would break out of the link', () => {
    expect(link('a*b', 'https://x.no/p_1')).toBe('[a\\*b](https://x.no/p_1)');
    expect(link('paper', 'https://x.no) [ok](https://evil')).not.toMatch(/(^|[^\\])\]\(https:\/\/evil/);
  });
});

describe('Slack: user text can neither ping nor disguise a link', () => {
  it.each(HOSTILE)('%s is escaped in the notification text and in every block', (hostile) => {
    const json = JSON.stringify(renderMessage(said(hostile)));
    expect(json).not.toContain(hostile);
    expect(json).toContain(hostile.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(json).not.toMatch(/<[!@h]/);
  });

  it('markdown link syntax a person typed stays text; our own bold still renders', () => {
    const rendered = renderMessage(said(DISGUISE));
    const section = (rendered.blocks[1] as { text: { text: string } }).text.text;
    expect(section).toBe('You wrote *[ok](https://evil) **loud** _tilt_*.');
    expect(JSON.stringify(rendered)).not.toContain('<https://evil');
    expect(rendered.text).toBe('You wrote *[ok](https://evil) **loud** _tilt_*.');
  });
});

describe('Teams: user text is shown literally and never becomes a link or emphasis', () => {
  it.each(HOSTILE)('%s shows its characters literally', (hostile) => {
    expect(cardTexts(said(hostile))).toContain(JSON.stringify(hostile).slice(1, -1));
  });

  it('markdown link and emphasis syntax are backslash-escaped in every text block and fact', () => {
    const card = renderMessageCard(said(DISGUISE));
    for (const block of card.body) {
      const text = (block.text as string | undefined) ?? (block.facts as { value: string }[] | undefined)?.[0]?.value;
      expect(text).toContain('\\[ok\\](https://evil) \\*\\*loud\\*\\* \\_tilt\\_');
      expect(text).not.toMatch(/(^|[^\\])\[ok\]/);
    }
  });
});

describe('the agenda builder escapes what it concatenates itself', () => {
  const agenda = buildAgendaMessage(
    {
      label: 'NUIT 2/2021',
      startsAt: new Date('2021-05-20T08:00:00Z'),
      endsAt: new Date('2021-05-20T11:30:00Z'),
      place: '[Oslo](https://evil) <!here>',
      videoLink: null,
      items: [{ caseNumber: '7/21', title: '<!channel> [ok](https://evil)', type: 'discussion', presenterName: '<@U123>', proposedDecision: '<https://evil|ok>', plannedStart: null, paperLinks: ['https://papers.no/a_b'], paperMissing: false }],
    },
    'en',
  );

  it('on Slack nothing pings and the only links are ours', () => {
    const json = JSON.stringify(renderMessage(agenda));
    for (const hostile of HOSTILE) expect(json).not.toContain(hostile);
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).not.toContain('<https://evil');
    expect(json).toContain('<https://papers.no/a_b|');
  });

  it('on Teams the title and place are escaped and the paper link stays a link', () => {
    const json = cardTexts(agenda);
    expect(json).toContain('<!channel> \\\\[ok\\\\](https://evil)');
    expect(json).toContain('\\\\[Oslo\\\\](https://evil)');
    expect(json).toContain('](https://papers.no/a_b)');
  });
});

it('escapeMarkup is idempotent in meaning: an escaped backslash stays one backslash', () => {
  expect(escapeMarkup('a\\b')).toBe('a\\\\b');
});
