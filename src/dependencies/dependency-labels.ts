import { escapeMarkup } from '../ui/markup.js';
import type { Criticality, DependencyCategory, Rag } from '../generated/prisma/enums.js';
import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Option } from '../ui/model.js';
import { calendarDayOf } from '../calendar/working-days.js';
import { dependencyTexts as T } from './texts.js';

/**
 * The one catalogue of RAG status, criticality and category words, for dependency messages, the dependency form
 * and the portfolio's report form and summary alike.
 */
export const RAGS = ['green', 'yellow', 'red'] as const satisfies readonly Rag[];
export type RagValue = (typeof RAGS)[number];
export const CRITICALITIES = ['high', 'medium', 'low'] as const satisfies readonly Criticality[];
export const CATEGORIES = ['national_solutions', 'ehr_vendors', 'funding', 'regulation', 'other_initiative', 'organisation', 'other'] as const satisfies readonly DependencyCategory[];
export type CategoryValue = (typeof CATEGORIES)[number];

const RAG_EMOJI: Record<Rag, string> = { red: '🔴', yellow: '🟡', green: '🟢' };
const RAG_TEXT = { red: T.ragRed, yellow: T.ragYellow, green: T.ragGreen } as const;
const CRIT_TEXT = { high: T.critHigh, medium: T.critMedium, low: T.critLow } as const;

/** A label as it stands alone (an option, the start of a line): "finansiering" becomes "Finansiering". */
export const capitalised = (label: string): string => label.charAt(0).toLocaleUpperCase() + label.slice(1);

export const ragEmoji = (rag: Rag): string => RAG_EMOJI[rag];
/** The status within a sentence: "grønn". */
export const ragLabel = (locale: Locale, rag: Rag): string => t(locale, RAG_TEXT[rag]);
/** The status standing alone, with its colour: "🟢 Grønn". */
export const ragBadge = (locale: Locale, rag: Rag): string => `${RAG_EMOJI[rag]} ${capitalised(ragLabel(locale, rag))}`;
export const critLabel = (locale: Locale, c: Criticality): string => t(locale, CRIT_TEXT[c]);
export const categoryLabel = (locale: Locale, c: DependencyCategory): string => t(locale, T[`cat_${c}`]);

export const ragOptions = (locale: Locale): Option[] => RAGS.map((r) => ({ value: r, label: ragBadge(locale, r) }));
export const criticalityOptions = (locale: Locale): Option[] => CRITICALITIES.map((c) => ({ value: c, label: capitalised(critLabel(locale, c)) }));
export const categoryOptions = (locale: Locale): Option[] => CATEGORIES.map((c) => ({ value: c, label: capitalised(categoryLabel(locale, c)) }));

type ProviderShown = {
  providerText: string | null;
  providerInitiative?: { name: string } | null;
  providerOrganisation?: { name: string } | null;
  providerPerson?: { name: string } | null;
};

/** The provider as people know it: an initiative, an organisation, a person, the free text, or "unknown". */
export function providerName(locale: Locale, dependency: ProviderShown): string {
  return dependency.providerInitiative?.name ?? dependency.providerOrganisation?.name ?? dependency.providerPerson?.name ?? dependency.providerText ?? t(locale, T.unknownProvider);
}

/** Is the provider only a free text (nobody in the roster answers for it, so nobody is told)? */
export function isFreeTextProvider(dependency: ProviderShown): boolean {
  return !dependency.providerInitiative && !dependency.providerOrganisation && !dependency.providerPerson && Boolean(dependency.providerText);
}

/**
 * The provider as a card shows it, as markup: the name (escaped), and after a free text "not in the roster:
 * nobody will be notified", so nobody believes the provider was told.
 */
export function providerLine(locale: Locale, dependency: ProviderShown): string {
  const name = escapeMarkup(providerName(locale, dependency));
  return isFreeTextProvider(dependency) ? `${name} (${t(locale, T.notInRoster)})` : name;
}

/** Whole calendar days (Oslo) from `since` to `now`. */
export function daysBetween(since: Date, now: Date): number {
  const from = Date.parse(calendarDayOf(since));
  const to = Date.parse(calendarDayOf(now));
  return Math.max(0, Math.round((to - from) / 86_400_000));
}

/** "rød i 12 dager" / "red for 12 days"; "rød siden i dag" / "red since today" on the day it turned red. */
export function ageLabel(locale: Locale, redSince: Date | null, now: Date): string {
  return redSince ? t(locale, T.redAge, { days: daysBetween(redSince, now) }) : '–';
}

/** The due date ("31. august 2023"); a `@db.Date` is stored as UTC midnight. */
export function dueLabel(locale: Locale, dueDate: Date | null): string {
  return dueDate ? formatDate(dueDate, locale, 'UTC') : t(locale, T.noDue);
}

/** The ISO day of a `@db.Date` value. */
export function dueDayOf(dueDate: Date): string {
  return dueDate.toISOString().slice(0, 10);
}
