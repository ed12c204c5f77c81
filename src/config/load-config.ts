
import { AppError, ErrorCode } from '../errors.js';
import { configSchema, type RawConfig } from './config-schema.js';

export interface Config extends Omit<RawConfig, 'HOST'> {
  /** The interface to listen on: given, or localhost while the local console is on, else all interfaces. */
  HOST: string;
  slack: { enabled: boolean; socketMode: boolean };
  /**
   * `enabled`: /api/messages is served; `authenticated`: with Bot Framework tokens (else loopback clients only).
   * `serviceUrlSet`: TEAMS_SERVICE_URL was given (otherwise the local console may take proactive messages).
   */
  teams: { enabled: boolean; authenticated: boolean; serviceUrlSet: boolean };
  /** The local chat console: on when asked for, or by default when no platform credentials are set. */
  consoleEnabled: boolean;
}

/**
 * Parses the environment once, at start-up. A bad value stops the start with a sentence that names the
 * variable and says why; secrets are never echoed.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
    throw new AppError(ErrorCode.InvalidConfig, `Invalid configuration: ${lines.join('; ')}`);
  }
  const raw = parsed.data;
  const problems: string[] = [];
  if (raw.SLACK_BOT_TOKEN && !raw.SLACK_SIGNING_SECRET && !raw.SLACK_APP_TOKEN) {
    problems.push('SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (or SLACK_APP_TOKEN for Socket Mode)');
  }
  if ((raw.SLACK_SIGNING_SECRET || raw.SLACK_APP_TOKEN) && !raw.SLACK_BOT_TOKEN) {
    problems.push('SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set');
  }
  if (raw.MICROSOFT_APP_ID && raw.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !raw.MICROSOFT_APP_PASSWORD) {
    problems.push('MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set');
  }
  if (raw.MICROSOFT_APP_TYPE === 'SingleTenant' && raw.MICROSOFT_APP_ID && !raw.MICROSOFT_APP_TENANT_ID) {
    problems.push('MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE is SingleTenant');
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw.TIME_ZONE });
  } catch {
    problems.push(`TIME_ZONE is not a known IANA time zone`);
  }
  if (problems.length > 0) {
    throw new AppError(ErrorCode.InvalidConfig, `Invalid configuration: ${problems.join('; ')}`);
  }
  const slackEnabled = Boolean(raw.SLACK_BOT_TOKEN);
  const platformCredentials = slackEnabled || Boolean(raw.MICROSOFT_APP_ID);
  const consoleEnabled = raw.CONSOLE === 'on' || (raw.CONSOLE === 'auto' && !platformCredentials);
  return {
    ...raw,
    HOST: raw.HOST ?? (consoleEnabled ? '127.0.0.1' : '0.0.0.0'),
    slack: { enabled: slackEnabled, socketMode: slackEnabled && Boolean(raw.SLACK_APP_TOKEN) },
    // Teams is served with Bot Framework tokens (MICROSOFT_APP_ID), or without them to this machine alone
    // while the local console is on; otherwise /api/messages does not exist.
    teams: { enabled: Boolean(raw.MICROSOFT_APP_ID) || consoleEnabled, authenticated: Boolean(raw.MICROSOFT_APP_ID), serviceUrlSet: Boolean(env.TEAMS_SERVICE_URL?.trim()) },
    consoleEnabled,
  };
}

