import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppServices } from '../app/services.js';
import { filesDir } from '../files/store-file.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { channelLocales } from '../outbox/channel-locales.js';
import { shareFileWithCommittee } from '../outbox/share-file-with-committee.js';
import { unescapeMarkup } from '../ui/markup.js';
import type { Message } from '../ui/model.js';
import { documentUrl } from './document-url.js';
import { documentDeliveryKeys } from './ids.js';
import { makeNotice } from './make-notice.js';
import { documentTexts as T } from './texts.js';

/** A message carrying a document: its text and, with a public address, a download button. */
export function documentMessage(text: string, url: string | null, locale: 'nb' | 'en'): Message {
  if (!url) {
    const note = t(locale, T.noLink);
    return { text: `${text} ${note}`, blocks: [{ type: 'text', text }, { type: 'context', text: note }] };
  }
  return { text, blocks: [{ type: 'text', text }, { type: 'actions', buttons: [{ url, label: t(locale, T.download) }] }] };
}

/**
 * After the agenda is distributed, and after every change to it: makes the notice in the channel's language (the
 * first of `channelLocales`: bokmål when the channel is written to in both) and, when this version was not shared
 * yet, uploads it to the committee's Slack channel and posts its download card in its Teams conversation (and the
 * console), with the text in the channel's languages. Does nothing before distribution or for a cancelled meeting.
 * Returns the version shared, or null.
 */
export async function shareNotice(services: AppServices, meetingId: string): Promise<number | null> {
  const meeting = await services.db.meeting.findUnique({ where: { id: meetingId }, include: { committee: true } });
  if (!meeting || !meeting.distributedAt || meeting.state === 'cancelled') return null;
  const [locale] = await channelLocales(services.db, meeting.committee, services.config.DEFAULT_LOCALE);
  const { document, content } = await makeNotice(services, meetingId, locale!);
  if (document.postedAt) return null;
  const text = (l: Locale) =>
    document.version === 1 ? t(l, T.noticeReady, { meeting: content.meeting }) : t(l, T.noticeChanged, { meeting: content.meeting, version: document.version });
  const fileContent = await readFile(path.join(filesDir(services.config.DATA_DIR), document.fileId));
  const url = documentUrl(services, document.fileId, content.fileName);
  await shareFileWithCommittee(services, {
    committeeId: meeting.committeeId,
    kind: 'notice-document',
    idempotencyKey: documentDeliveryKeys.notice(meetingId, document.version),
    file: { filename: `${content.fileName}.docx`, title: content.fileName, content: fileContent },
    comment: (l) => unescapeMarkup(text(l)),
    linkMessage: (l) => documentMessage(text(l), url, l),
  });
  await services.db.generatedDocument.update({ where: { id: document.id }, data: { postedAt: services.clock() } });
  return document.version;
}
