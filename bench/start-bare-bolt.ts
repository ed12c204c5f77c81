import type { Server } from 'node:http';
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';

/**
 * The yardstick for ack latency: a bare Bolt app of the version we ship, over HTTP with an ExpressReceiver
 * set up like ours (same endpoint, processBeforeResponse), whose listeners ack at once and do nothing else.
 */
export async function startBareBolt(options: { signingSecret: string; slackApiUrl: string }): Promise<{ url: string; close(): Promise<void> }> {
  const receiver = new ExpressReceiver({ signingSecret: options.signingSecret, endpoints: '/slack/events', processBeforeResponse: true, logLevel: LogLevel.ERROR });
  const app = new App({ token: 'xoxb-bare-bolt', receiver, tokenVerificationEnabled: false, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: options.slackApiUrl } });
  app.command(/.*/, async ({ ack }) => {
    await ack();
  });
  app.action(/.*/, async ({ ack }) => {
    await ack();
  });
  app.view(/.*/, async ({ ack }) => {
    await ack();
  });
  const server: Server = await new Promise((resolve) => {
    const s = receiver.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
