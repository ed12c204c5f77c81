import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppServices } from '../app/services.js';
import { filesDir } from '../files/store-file.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { channelLocales } from '../outbox/channel-locales.js';
import { copyKeys } from '../outbox/post-to-committee.js';
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
 * After the agenda is distributed, and after every change to it: makes the notice in each of the channel's languages
 * (`channelLocales`: one document, or two when the channel is written to in bokmål and English, "Innkalling – …" and
 * "Notice – …"), each versioned on its own, and shares each version not shared yet: uploaded to the committee's Slack
 * channel and posted as a download card in its Teams conversation (and the console), with its text in the
 * document's language, under its own delivery key. Does nothing before distribution or for a cancelled meeting. A
 * failed share throws (the job retries); a document already shared is not shared again.
 * Returns the documents shared, by language and version.
 */
export async function shareNotice(services: AppServices, meetingId: string): Promise<{ locale: Locale; version: number }[]> {
  const meeting = await services.db.meeting.findUnique({ where: { id: meetingId }, include: { committee: true } });
  if (!meeting || !meeting.distributedAt || meeting.state === 'cancelled') return [];
  const locales = await channelLocales(services.db, meeting.committee, services.config.DEFAULT_LOCALE);
  const shared: { locale: Locale; version: number }[] = [];
  for (const locale of locales) {
    const version = await shareNoticeIn(services, meeting.committeeId, meetingId, locale);
    if (version !== null) shared.push({ locale, version });
  }
  return shared;
}

/** Makes the notice in one language and shares its newest version when it was not shared yet; returns that version, or null. */
async function shareNoticeIn(services: AppServices, committeeId: string, meetingId: string, locale: Locale): Promise<number | null> {
  const { document, content } = await makeNotice(services, meetingId, locale);
  if (document.postedAt) return null;
  const text = document.version === 1 ? t(locale, T.noticeReady, { meeting: content.meeting }) : t(locale, T.noticeChanged, { meeting: content.meeting, version: document.version });
  const fileContent = await readFile(path.join(filesDir(services.config.DATA_DIR), document.fileId));
  const url = documentUrl(services, document.fileId, content.fileName);
  await shareFileWithCommittee(services, {
    committeeId,
    kind: 'notice-document',
    idempotencyKey: await noticeDeliveryKey(services, meetingId, locale, document),
    file: { filename: `${content.fileName}.docx`, title: content.fileName, content: fileContent },
    locales: [locale],
    comment: () => unescapeMarkup(text),
    linkMessage: (l) => documentMessage(text, url, l),
  });
  await services.db.generatedDocument.update({ where: { id: document.id }, data: { postedAt: services.clock() } });
  return document.version;
}

/**
 * The delivery key of one notice document: `notice-doc.<meeting>.<locale>.v<n>`. A share of this very document begun
 * under the key notices had before they were made per language (`notice-doc.<meeting>.v<n>`, a row made after the
 * document) keeps that key, so a retry across the upgrade neither uploads nor posts it twice.
 */
async function noticeDeliveryKey(services: AppServices, meetingId: string, locale: Locale, document: { version: number; createdAt: Date }): Promise<string> {
  const legacy = documentDeliveryKeys.legacyNotice(meetingId, document.version);
  const begun = await services.db.delivery.findFirst({ where: { idempotencyKey: { in: copyKeys(legacy) }, createdAt: { gte: document.createdAt } }, select: { id: true } });
  return begun ? legacy : documentDeliveryKeys.notice(meetingId, locale, document.version);
}
