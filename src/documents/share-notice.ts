import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppServices } from '../app/services.js';
import { filesDir } from '../files/store-file.js';
import { t } from '../i18n/text.js';
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
 * After the agenda is distributed, and after every change to it: makes the notice in the installation's language
 * and, when this version was not shared yet, uploads it to the committee's Slack channel or posts its download card
 * (Teams, console). Does nothing before distribution or for a cancelled meeting. Returns the version shared, or null.
 */
export async function shareNotice(services: AppServices, meetingId: string): Promise<number | null> {
  const meeting = await services.db.meeting.findUnique({ where: { id: meetingId } });
  if (!meeting || !meeting.distributedAt || meeting.state === 'cancelled') return null;
  const locale = services.config.DEFAULT_LOCALE;
  const { document, content } = await makeNotice(services, meetingId, locale);
  if (document.postedAt) return null;
  const text = document.version === 1 ? t(locale, T.noticeReady, { meeting: content.meeting }) : t(locale, T.noticeChanged, { meeting: content.meeting, version: document.version });
  const fileContent = await readFile(path.join(filesDir(services.config.DATA_DIR), document.fileId));
  await shareFileWithCommittee(services, {
    committeeId: meeting.committeeId,
    kind: 'notice-document',
    idempotencyKey: documentDeliveryKeys.notice(meetingId, document.version),
    file: { filename: `${content.fileName}.docx`, title: content.fileName, content: fileContent, comment: unescapeMarkup(text) },
    linkMessage: documentMessage(text, documentUrl(services, document.fileId, content.fileName), locale),
  });
  await services.db.generatedDocument.update({ where: { id: document.id }, data: { postedAt: services.clock() } });
  return document.version;
}
