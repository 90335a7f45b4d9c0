// A deliberately tiny router: the page is chosen from `window.location.pathname`; links are ordinary
// full page navigations, and `navigate()` (History API) is only for moves the app makes itself.
import { useSyncExternalStore } from 'react';

export const paths = {
  start: '/',
  consent: '/samtykke',
  accessDenied: '/ingen-tilgang',
} as const;

/** ID-porten login through the gateway; the browser comes back to `returnTo` (same origin) afterwards. */
export const loginUrl = '/auth/login?returnTo=/';

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
