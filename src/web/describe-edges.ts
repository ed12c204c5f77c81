import type { Config } from '../config/load-config.js';

/** Which HTTP edges are open and what protects each: one line per edge, logged at start-up. */
export function describeEdges(config: Config): string[] {
  const slack = !config.slack.enabled
    ? 'closed (Slack is not configured)'
    : config.slack.socketMode
      ? 'closed (Slack uses Socket Mode)'
      : 'open: Slack signature required, timestamp within ±5 minutes, body shape checked';
  const teams = config.teams.authenticated
    ? 'open: Bot Framework token required (MICROSOFT_APP_ID), body shape checked'
    : config.consoleEnabled
      ? 'open to this machine only (local console, loopback clients), body shape checked'
      : 'closed (neither Teams nor the local console is configured)';
  return [
    `edge /healthz: open, status only`,
    `every edge: security headers (nosniff, no framing, content security policy); a malformed body gets a JSON 400`,
    `edge /metrics: ${config.METRICS_TOKEN ? 'open: bearer token required (METRICS_TOKEN)' : 'open to this machine only (loopback clients, not through a proxy); set METRICS_TOKEN to scrape from elsewhere'}`,
    `edge /admin/queues: ${config.ADMIN_PASSWORD ? `open: basic auth (ADMIN_PASSWORD), ${config.ADMIN_QUEUES_WRITE === 'on' ? 'actions allowed (ADMIN_QUEUES_WRITE=on)' : 'read-only'}` : 'closed (ADMIN_PASSWORD is not set)'}`,
    `edge /slack/events: ${slack}`,
    `edge /api/messages: ${teams}`,
    `edge /files/<id>: open to anyone with the unguessable link, for ${config.FILE_RETENTION_DAYS} days (FILE_RETENTION_DAYS), then 410 Gone`,
    `edge console (/, /console/*): ${config.consoleEnabled ? 'open to this machine only (loopback clients and host names)' : 'closed'}`,
  ];
}
