import type { Config } from './load-config.js';

function urlPassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

/** Every secret in the configuration, so the logger can scrub them wherever they would appear. */
export function configSecrets(config: Config): (string | undefined)[] {
  return [
    config.SLACK_BOT_TOKEN,
    config.SLACK_SIGNING_SECRET,
    config.SLACK_APP_TOKEN,
    config.MICROSOFT_APP_PASSWORD,
    config.METRICS_TOKEN,
    config.ADMIN_PASSWORD,
    urlPassword(config.DATABASE_URL),
    urlPassword(config.REDIS_URL),
  ];
}
