import { format } from 'date-fns/format';
import { TZDate } from '@date-fns/tz';
// One file per locale: 'date-fns/locale' would load all of them.
import { enGB } from 'date-fns/locale/en-GB';
import { nb } from 'date-fns/locale/nb';
import type { Locale } from './locale.js';

export const OSLO = 'Europe/Oslo';

const dateLocales = { nb, en: enGB } as const;

/** "20. mai 2021" / "20 May 2021", in the given time zone. */
export function formatDate(date: Date, locale: Locale, timeZone: string = OSLO): string {
  const zoned = new TZDate(date, timeZone);
  return format(zoned, locale === 'nb' ? 'd. MMMM yyyy' : 'd MMMM yyyy', { locale: dateLocales[locale] });
}

/** "kl. 10.00" / "10:00", in the given time zone. */
export function formatTime(date: Date, locale: Locale, timeZone: string = OSLO): string {
  const zoned = new TZDate(date, timeZone);
  return locale === 'nb' ? `kl. ${format(zoned, 'HH.mm')}` : format(zoned, 'HH:mm');
}

/** "torsdag 20. mai 2021 kl. 10.00" / "Thursday 20 May 2021, 10:00". */
export function formatDateTime(date: Date, locale: Locale, timeZone: string = OSLO): string {
  const zoned = new TZDate(date, timeZone);
  const weekday = format(zoned, 'EEEE', { locale: dateLocales[locale] });
  return locale === 'nb'
    ? `${weekday} ${formatDate(date, locale, timeZone)} ${formatTime(date, locale, timeZone)}`
    : `${weekday} ${formatDate(date, locale, timeZone)}, ${formatTime(date, locale, timeZone)}`;
}

/** ISO calendar date "2021-05-20" of an instant in the given time zone. */
export function isoDay(date: Date, timeZone: string = OSLO): string {
  return format(new TZDate(date, timeZone), 'yyyy-MM-dd');
}
