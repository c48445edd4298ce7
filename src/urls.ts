/**
 * URL checks for everything that comes from a case. Lit does not sanitise bound `href`s and a case is untrusted,
 * so every link goes through here before it reaches the DOM.
 */

/** Schemes a case may link to directly. */
const WEB_SCHEMES = ['https:', 'http:'] as const;
/** Schemes the widget itself builds links with. */
export const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

// Removed by the WHATWG URL parser before it reads a scheme, so "java\tscript:" is "javascript:" to a browser.
// eslint-disable-next-line no-control-regex
const IGNORED_BY_URL_PARSER = /[\u0000-\u001F\u007F]/g;

/**
 * Resolves `value` against `base` and returns the absolute URL when its scheme is in `schemes`, else `undefined`.
 * Relative references (`/api/report`, `./case.json`) are allowed: they resolve against the case's own URL.
 */
export function safeUrl(
  value: string,
  base: string | URL = 'https://invalid.invalid/',
  schemes: readonly string[] = WEB_SCHEMES,
): string | undefined {
  let url: URL;
  try {
    url = new URL(value.replace(IGNORED_BY_URL_PARSER, '').trim(), base);
  } catch {
    return undefined;
  }
  return schemes.includes(url.protocol) ? url.href : undefined;
}

/** True when `value` is an absolute http(s) URL or a relative reference that resolves to one. */
export function isWebUrl(value: string): boolean {
  return safeUrl(value) !== undefined;
}

/** `tel:` URL for a phone or fax number as printed ("+7 (495) 693-13-60" → "tel:+74956931360"). */
export function telUrl(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? '+' + digits.slice(1).replace(/\+/g, '') : digits.replace(/\+/g, '')}`;
}

/** Social networks whose accounts a case may list, and how a handle becomes a profile URL. */
export const SOCIAL_NETWORKS = {
  x: { label: 'X (Twitter)', pattern: /^@?[A-Za-z0-9_]{1,15}$/, profile: (h: string) => `https://x.com/${h}` },
  facebook: { label: 'Facebook', pattern: /^@?[A-Za-z0-9.]{5,50}$/, profile: (h: string) => `https://www.facebook.com/${h}` },
  instagram: {
    label: 'Instagram',
    pattern: /^@?[A-Za-z0-9._]{1,30}$/,
    profile: (h: string) => `https://www.instagram.com/${h}/`,
  },
} as const;

export type SocialNetwork = keyof typeof SOCIAL_NETWORKS;

/** Handle without its leading "@". */
function bareHandle(handle: string): string {
  return handle.replace(/^@/, '');
}

/** Profile URL for a validated handle, or `undefined` when the handle is not one the network allows. */
export function profileUrl(network: SocialNetwork, handle: string): string | undefined {
  const spec = SOCIAL_NETWORKS[network];
  return spec.pattern.test(handle) ? spec.profile(bareHandle(handle)) : undefined;
}

/** Hosts on the reader's own machine, which browsers trust over plain http. */
const LOOPBACK_HOST = /^(localhost|[^.]+\.localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Why a case may not send readers' reports to `value` (resolved against `base`) from the page at `page`, or
 * `undefined` when it may. A report endpoint must be https, on the page's own origin or on loopback (for
 * development), and carry no user name or password (`fetch` refuses those). When the host page lists
 * `allowedOrigins`, the endpoint must be on one of them.
 */
export function reportUrlProblem(value: string, base: string, page: string, allowedOrigins?: readonly string[]): string | undefined {
  const href = safeUrl(value, base);
  if (!href) return `"${value}" is not an http(s) URL`;
  const url = new URL(href);
  if (url.username || url.password) return `${url.origin} must not carry a user name or password`;
  if (url.protocol !== 'https:' && url.origin !== new URL(page).origin && !LOOPBACK_HOST.test(url.hostname)) {
    return `${url.origin} must use https (or be on the page's own origin)`;
  }
  if (allowedOrigins && !allowedOrigins.includes(url.origin)) {
    return `${url.origin} is not in the page's report-origins (${allowedOrigins.join(' ') || 'none'})`;
  }
  return undefined;
}

/**
 * The report URLs of a case that pass `reportUrlProblem`, resolved; and, for the case author, what is wrong with the
 * others, by field.
 */
export function reportUrls(
  report: { endpoint?: string | undefined; countUrl?: string | undefined },
  base: string,
  page: string,
  allowedOrigins?: readonly string[],
): { endpoint?: string; countUrl?: string; issues: { path: string; message: string }[] } {
  const urls: ReturnType<typeof reportUrls> = { issues: [] };
  for (const field of ['endpoint', 'countUrl'] as const) {
    const value = report[field];
    if (value === undefined) continue;
    const problem = reportUrlProblem(value, base, page, allowedOrigins);
    if (problem) urls.issues.push({ path: `report.${field}`, message: problem });
    else urls[field] = safeUrl(value, base)!;
  }
  return urls;
}

/** The origins of a space-separated list of absolute http(s) URLs (the `report-origins` attribute); other tokens are left out. */
export function parseOrigins(list: string): string[] {
  return list.split(/\s+/).flatMap((token) => {
    try {
      const url = new URL(token);
      return (WEB_SCHEMES as readonly string[]).includes(url.protocol) ? [url.origin] : [];
    } catch {
      return [];
    }
  });
}

/** Handle with its leading "@", as it is shown. */
export function shownHandle(handle: string): string {
  return `@${bareHandle(handle)}`;
}
