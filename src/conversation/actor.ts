import type { Platform } from '../channels/gateway.js';
import type { Locale } from '../i18n/locale.js';

/** The person behind an incoming event, as far as the roster knows them. */
export interface Actor {
  platform: Platform;
  platformUserId: string;
  /** Null when the platform user is not in the roster. */
  personId: string | null;
  name: string | null;
  locale: Locale;
}
