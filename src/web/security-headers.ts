import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Helmet's headers on every route: nosniff, no framing (X-Frame-Options DENY and frame-ancestors 'none'),
 * and a content security policy that lets the console page load only its own scripts and talk only to
 * this server. Web Chat styles its elements inline, hence 'unsafe-inline' for styles (never for scripts).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'media-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    // Plain HTTP on localhost is how the console runs; HSTS belongs to the TLS proxy in front.
    strictTransportSecurity: false,
  });
}
