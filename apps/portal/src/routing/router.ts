// A deliberately tiny router: the page is chosen from `window.location.pathname`; links are ordinary
// full page navigations, and `navigate()` (History API) is only for moves the app makes itself.
import { useSyncExternalStore } from 'react';

export const paths = {
  start: '/',
  consent: '/samtykke',
  accessDenied: '/ingen-tilgang',
  myCases: '/saker',
  staff: '/intern',
  staffRegister: '/intern/ny',
  /** The press office's console (press officers only). */
  staffPress: '/intern/presse',
  /** Public: press hours and how we answer the press. */
  press: '/presse',
  /** Public: figures on the cases we receive and decide, with charts, tables and open data. */
  statistics: '/statistikk',
} as const;

/** A case page in Min side. Ids are opaque (UUIDs), so they are safe in an address. */
export function casePath(id: string): string {
  return `${paths.myCases}/${encodeURIComponent(id)}`;
}

/** A case in the case officers' console. */
export function staffCasePath(id: string): string {
  return `${paths.staff}/saker/${encodeURIComponent(id)}`;
}

/** What an address shows: the pages are chosen from this, never from anything else in the URL. */
export type Route =
  | { name: 'start' }
  | { name: 'consent' }
  | { name: 'accessDenied' }
  | { name: 'myCases' }
  | { name: 'case'; id: string }
  | { name: 'staffCases' }
  | { name: 'staffRegister' }
  | { name: 'staffCase'; id: string }
  | { name: 'staffPress' }
  | { name: 'press' }
  | { name: 'statistics' }
  | { name: 'notFound' };

function segment(value: string): string | null {
  try {
    const decoded = decodeURIComponent(value);
    return decoded !== '' && !decoded.includes('/') ? decoded : null;
  } catch {
    return null; // malformed escapes
  }
}

/** The route for a (normalised) path. */
export function matchRoute(pathname: string): Route {
  const path = normalisePath(pathname);
  switch (path) {
    case paths.start:
      return { name: 'start' };
    case paths.consent:
      return { name: 'consent' };
    case paths.accessDenied:
      return { name: 'accessDenied' };
    case paths.myCases:
      return { name: 'myCases' };
    case paths.staff:
      return { name: 'staffCases' };
    case paths.staffRegister:
      return { name: 'staffRegister' };
    case paths.staffPress:
      return { name: 'staffPress' };
    case paths.press:
      return { name: 'press' };
    case paths.statistics:
      return { name: 'statistics' };
  }
  const caseMatch = /^\/saker\/([^/]+)$/.exec(path);
  if (caseMatch) {
    const id = segment(caseMatch[1]!);
    if (id) return { name: 'case', id };
  }
  const staffCaseMatch = /^\/intern\/saker\/([^/]+)$/.exec(path);
  if (staffCaseMatch) {
    const id = segment(staffCaseMatch[1]!);
    if (id) return { name: 'staffCase', id };
  }
  return { name: 'notFound' };
}

/** Whether the path belongs to the staff console (case officers, press office: staff login, not ID-porten). */
export function isStaffPath(pathname: string): boolean {
  const path = normalisePath(pathname);
  return path === paths.staff || path.startsWith(`${paths.staff}/`);
}

/** ID-porten login through the gateway; the browser comes back to `returnTo` (same origin) afterwards. */
export const loginUrl = '/auth/login?returnTo=/';

/** ID-porten login that comes back to `path` (a path on this site, e.g. `/saker`). */
export function loginUrlFor(path: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(normalisePath(path))}`;
}

/** The staff login (the body's own IdP) that comes back to a console page. */
export function staffLoginUrl(path: string = paths.staff): string {
  const target = isStaffPath(path) ? normalisePath(path) : paths.staff;
  return `/auth/staff/login?returnTo=${target}`;
}

/** Logout is a POST (a form), never a link; the gateway ends the session and comes back to `/`. */
export const logoutUrl = '/auth/logout';

const navigationEvent = 'klageportal:navigate';

/** Trailing slashes are ignored: `/samtykke/` is `/samtykke`. */
export function normalisePath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(navigationEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(navigationEvent, onChange);
  };
}

function currentPath(): string {
  return normalisePath(window.location.pathname);
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** Moves to another path inside the app, keeping the query string (e.g. `?lang=`). */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const url = new URL(window.location.href);
  if (normalisePath(url.pathname) === path) return;
  url.pathname = path;
  url.hash = '';
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(navigationEvent));
}
