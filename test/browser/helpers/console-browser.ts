import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium (`apt-get install chromium`); nothing here downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');

/** How long a step may wait for the bot (a turn, or a job in the worker and its delivery through the outbox). */
export const BOT_TIMEOUT = 15_000;

export interface ConsoleBrowser {
  page: Page;
  close(): Promise<void>;
}

/** Starts headless Chromium on a fresh profile; fails with a clear message when it is not installed. */
export async function launchConsoleBrowser(): Promise<ConsoleBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: install Debian's package with "apt-get install -y chromium" (or set CHROMIUM_PATH). The browser tests need it and never download one.`);
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  const userDataDir = await mkdtemp(join(tmpdir(), 'saksgang-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    locale: 'nb-NO',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(BOT_TIMEOUT);
  return {
    page,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Drives the console page: who is played, which conversation is open, what is typed and clicked. */
export class ConsoleDriver {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/`);
    await this.page.waitForFunction(() => (globalThis as any).saksgangConsole?.ready === true);
  }

  /** Plays a person from the roster picker; their direct messages open. */
  async playAs(personKey: string): Promise<void> {
    await this.page.selectOption('#console-person', personKey);
    await this.page.waitForFunction((key) => (globalThis as any).saksgangConsole?.person === key && (globalThis as any).saksgangConsole.ready === true, personKey);
  }

  /** Opens a committee channel (`NUIT`) or the played person's direct messages (`direct`). */
  async openConversation(key: string): Promise<void> {
    await this.page.locator(`#console-conversations button[data-conversation="${key}"]`).click();
    const expected = key === 'direct' ? null : `console:channel:${key}`;
    await this.page.waitForFunction(
      (id) => {
        const state = (globalThis as any).saksgangConsole;
        return state?.ready === true && (id === null ? String(state.conversationId).startsWith('console:dm:') : state.conversationId === id);
      },
      expected,
    );
  }

  /** The transcript as the person sees it (message texts and card texts). */
  transcript(): Promise<string> {
    return this.page.locator('.webchat__basic-transcript').innerText();
  }

  /** Waits until the transcript shows `text` (a bot answer or a message a job delivered). */
  async waitForText(text: string | RegExp, timeout = BOT_TIMEOUT): Promise<string> {
    const matcher = expect.poll(() => this.transcript(), { timeout, interval: 200 });
    if (typeof text === 'string') await matcher.toContain(text);
    else await matcher.toMatch(text);
    return this.transcript();
  }

  /** Types a command in the send box, as the played person. */
  async say(text: string): Promise<void> {
    const input = this.page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(text);
    await input.press('Enter');
  }

  /** The newest Adaptive Card that contains every one of `texts` (cards of a fan-out arrive in any order). */
  cardWith(...texts: (string | RegExp)[]): Locator {
    return texts.reduce((cards, text) => cards.filter({ hasText: text }), this.page.locator('.ac-adaptiveCard')).last();
  }

  /** The newest Adaptive Card that contains `text`. */
  card(text: string | RegExp): Locator {
    return this.page.locator('.ac-adaptiveCard', { hasText: text }).last();
  }

  /** The newest card that has an input labelled `label`: a form. */
  form(label: string | RegExp): Locator {
    return this.page.locator('.ac-adaptiveCard').filter({ has: this.page.getByLabel(label) }).last();
  }

  /** A button of a card, by its label. */
  button(card: Locator, label: string | RegExp): Locator {
    return card.locator('.ac-pushButton', { hasText: label });
  }

  async shot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }
}
