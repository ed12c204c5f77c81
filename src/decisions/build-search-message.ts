import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { link as linkTo, markup } from '../ui/markup.js';
import type { Block, Message } from '../ui/model.js';
import { decisionTexts } from './texts.js';
import { formatCaseNumber, formatMeetingRef } from '../i18n/format-numbers.js';
import type { SearchResult } from './search-decisions.js';
import { summaryLink } from './summary-link.js';

/** The answer to a decision search: per hit the committee, case, title, meeting, decision and a link to the summary. */
export function buildSearchMessage(result: SearchResult, locale: Locale): Message {
  if (result.hits.length === 0) {
    const text = t(locale, decisionTexts.searchNone);
    return { text, blocks: [{ type: 'text', text }, { type: 'context', text: t(locale, decisionTexts.searchHowTo) }] };
  }
  const title = t(locale, decisionTexts.searchTitle, { count: result.total });
  const blocks: Block[] = [{ type: 'header', text: title }];
  for (const { decision, summary } of result.hits) {
    const { item } = decision;
    const meeting = formatMeetingRef(item.committee.key, item.meeting);
    const url = summary ? summaryLink(summary) : null;
    const label = t(locale, decisionTexts.summaryLink);
    // Our own fragments: the link is built by `link()`, and the sentence around it is already escaped by `t()`.
    const link = markup(url ? t(locale, decisionTexts.seeSummary, { link: markup(linkTo(label, url)) }) : t(locale, decisionTexts.seeSummary, { link: `${label} (${meeting})` }));
    blocks.push({ type: 'divider' }, {
      type: 'text',
      text: t(locale, decisionTexts.searchHit, { committee: item.committee.key, caseNo: formatCaseNumber(item), title: item.title, meeting, decision: decision.text, link }),
    });
  }
  if (result.total > result.hits.length) blocks.push({ type: 'context', text: t(locale, decisionTexts.searchMore, { shown: result.hits.length }) });
  return { text: title, blocks };
}
