// The headers every answer of a served browser app carries: a strict Content Security Policy
// (scripts, styles and everything else from this origin only; no inline script, no third party)
// and the usual hardening. One place, so the public client and the analyst console agree.

export interface SecurityHeaderOptions {
  /** Origins the app may call besides its own (e.g. the OIDC provider's token endpoint). */
  connectSources?: string[];
  /** Adds Strict-Transport-Security (only meaningful, and only sent, over HTTPS in production). */
  production?: boolean;
  /**
   * Allows `<style>` elements made at run time (the console's Monaco editor writes its theme and
   * decorations that way). Styles only: scripts stay this origin's files.
   */
  inlineStyles?: boolean;
  /**
   * Allows fonts and images written into the stylesheet as `data:` URLs (GraphiQL's stylesheet
   * carries its fonts and icons that way). Neither can run code; scripts stay this origin's files.
   */
  dataFontsAndImages?: boolean;
}

export function contentSecurityPolicy(options: SecurityHeaderOptions = {}): string {
  return [
    // Nothing unless named below: a directive a browser adds later starts closed.
    "default-src 'none'",
    "script-src 'self'",
    options.inlineStyles ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    options.dataFontsAndImages ? "img-src 'self' data:" : "img-src 'self'",
    options.dataFontsAndImages ? "font-src 'self' data:" : "font-src 'self'",
    ['connect-src', "'self'", ...(options.connectSources ?? [])].join(' '),
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(options: SecurityHeaderOptions = {}): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options),
    'x-content-type-options': 'nosniff',
    // No address leaves with a click: someone looking for help must not be traced by referrers.
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    ...(options.production ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
