import { staffLoginUrl } from '../../routing/router';

/** The staff login that comes back to the console page the officer is on. */
export function staffRedirectLogin(): string {
  return staffLoginUrl(window.location.pathname);
}
