import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { metricsAccess } from '../../../src/observability/metrics-access.js';

/** Runs the access check on a request from `remoteAddress`; returns the status it answered, or 'next'. */
function check(token: string | undefined, remoteAddress: string, headers: Record<string, string> = {}): number | 'next' {
  let status: number | 'next' = 'next';
  const res = { status: (code: number) => ((status = code), res), set: () => res, json: () => res } as unknown as Response;
  const req = { headers, socket: { remoteAddress } } as unknown as Request;
  metricsAccess(token)(req, res, () => undefined);
  return status;
}

describe('who may read /metrics', () => {
  it('without a token: this machine only, over IPv4, IPv6 and IPv4-mapped IPv6', () => {
    expect(check(undefined, '127.0.0.1')).toBe('next');
    expect(check(undefined, '::1')).toBe('next');
    expect(check(undefined, '::ffff:127.0.0.1')).toBe('next');
    expect(check(undefined, '10.0.0.7')).toBe(403);
    expect(check(undefined, '::ffff:192.0.2.4')).toBe(403);
    expect(check(undefined, '2001:db8::1')).toBe(403);
  });

  it('with a token: the bearer token from anywhere, nothing without it, not even from this machine', () => {
    const token = 'a-long-metrics-token-123';
    expect(check(token, '10.0.0.7', { authorization: `Bearer ${token}` })).toBe('next');
    expect(check(token, '127.0.0.1')).toBe(401);
    expect(check(token, '10.0.0.7', { authorization: `Bearer ${token}x` })).toBe(401);
    expect(check(token, '10.0.0.7', { authorization: token })).toBe(401);
  });
});
