import { Agent, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../helpers/start-test-app.js';

/** A client that keeps its kept-alive connection busy (a console page polling) must not hold the app's close forever. */
describe('closing the app', () => {
  it('ends within a few seconds while a client keeps asking on a kept-alive connection', async () => {
    const t = await startTestApp();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let asking = true;
    let answers = 0;
    const ask = () =>
      new Promise<void>((resolve) => {
        const req = request(`${t.url}/healthz`, { agent }, (res) => {
          res.resume();
          res.on('end', () => {
            answers += 1;
            resolve();
          });
        });
        req.on('error', () => resolve());
        req.end();
      });
    const poll = (async () => {
      while (asking) {
        await ask();
        await new Promise((r) => setImmediate(r));
      }
    })();
    await ask();
    expect(answers).toBeGreaterThan(0);
    const started = Date.now();
    await t.close();
    const took = Date.now() - started;
    asking = false;
    await poll;
    agent.destroy();
    expect(took).toBeLessThan(10_000);
  }, 40_000);
});
