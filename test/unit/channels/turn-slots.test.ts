import { describe, expect, it } from 'vitest';
import { createKnownLocales } from '../../../src/channels/slack/known-locales.js';
import { createTurnSlots } from '../../../src/channels/slack/turn-slots.js';
import { paperForm } from '../../../src/meetings/handlers/submit-paper.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createTurnSlots', () => {
  it('gives a slot while one is free, none when all are taken, and the slot back once', () => {
    const slots = createTurnSlots(2);
    const a = slots.tryTake();
    const b = slots.tryTake();
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(slots.tryTake()).toBeNull();
    expect(slots.inFlight).toBe(2);
    a!();
    a!(); // a second call gives nothing back twice
    expect(slots.inFlight).toBe(1);
    expect(slots.tryTake()).not.toBeNull();
    expect(slots.tryTake()).toBeNull();
  });

  it('runs waiting work first come first served as slots free, and a waiting line keeps newcomers out', async () => {
    const slots = createTurnSlots(1);
    const release = slots.tryTake()!;
    const order: string[] = [];
    const firstHeld = deferred();
    const first = slots.queue(async () => (order.push('first'), await firstHeld.promise));
    const second = slots.queue(async () => void order.push('second'));
    expect(slots.inFlight).toBe(3);
    release();
    // The line comes first: a new turn finds no slot while work is waiting or running.
    expect(slots.tryTake()).toBeNull();
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['first']);
    firstHeld.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    expect(slots.inFlight).toBe(0);
  });

  it('tells its listeners once when a turn finds no slot, and no one who stopped listening', () => {
    const slots = createTurnSlots(1);
    const heard: string[] = [];
    slots.onFull(() => heard.push('a'));
    const stop = slots.onFull(() => heard.push('b'));
    stop();
    expect(slots.tryTake()).not.toBeNull();
    expect(heard).toEqual([]);
    expect(slots.tryTake()).toBeNull();
    expect(slots.tryTake()).toBeNull();
    expect(heard).toEqual(['a']);
  });

  it('frees the slot when the work fails', async () => {
    const slots = createTurnSlots(1);
    await expect(slots.queue(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(slots.inFlight).toBe(0);
    expect(slots.tryTake()).not.toBeNull();
  });
});

describe('createKnownLocales', () => {
  it('remembers a language for its time, and forgets the one seen longest ago when full', () => {
    const locales = createKnownLocales({ ttlMs: 60_000, max: 2 });
    locales.set('U1', 'en');
    locales.set('U2', 'nb');
    expect(locales.get('U1')).toBe('en');
    locales.set('U3', 'en');
    expect(locales.get('U1')).toBeUndefined();
    expect(locales.get('U2')).toBe('nb');
    expect(createKnownLocales({ ttlMs: -1 }).get('U1')).toBeUndefined();
    const expired = createKnownLocales({ ttlMs: -1 });
    expired.set('U1', 'en');
    expect(expired.get('U1')).toBeUndefined();
  });
});

describe('the paper form’s own checks', () => {
  it('names a missing title and a line that is no link, in the person’s language, without the database', () => {
    expect(paperForm.check!({ title: '', links: 'https://docs.example.no/1\nikke en lenke' }, 'en')).toEqual({
      title: 'Please fill in this field.',
      links: expect.stringContaining('ikke en lenke'),
    });
    expect(paperForm.check!({ title: 'Saksnotat', links: 'https://docs.example.no/1' }, 'nb')).toBeNull();
  });
});
