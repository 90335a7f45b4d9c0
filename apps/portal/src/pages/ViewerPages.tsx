import { useEffect, useRef } from 'react';
import { useStartPage } from '../api/useStartPage';
import { navigate, paths } from '../routing/router';
import { ConsentPage } from './ConsentPage';
import { NotFoundPage } from './NotFoundPage';
import { StartPage } from './StartPage';

type View = 'start' | 'consent' | 'notFound';

/** Moves focus to the main region when one page replaces another without a page load (not on first load). */
function useFocusMainOnChange(view: View | null): void {
  const previous = useRef<View | null>(null);
  useEffect(() => {
    if (view === null) return;
    if (previous.current !== null && previous.current !== view) {
      window.scrollTo(0, 0);
      document.getElementById('main')?.focus({ preventScroll: true });
    }
    previous.current = view;
  }, [view]);
}

/**
 * Every page that depends on who is logged in. A citizen who must consent sees the consent page
 * whatever the address; `/samtykke` without anything to consent to is the start page.
 */
export function ViewerPages({ path }: { path: string }) {
  const page = useStartPage();
  const loaded = page.status === 'success';
  const viewer = page.data?.viewer;
  const consentRequired = Boolean(viewer?.authenticated && viewer.consentRequired);
  const known = path === paths.start || path === paths.consent;
  const view: View = consentRequired ? 'consent' : known ? 'start' : 'notFound';

  useEffect(() => {
    if (loaded && !consentRequired && path === paths.consent) navigate(paths.start, { replace: true });
  }, [loaded, consentRequired, path]);

  useFocusMainOnChange(loaded ? view : null);

  switch (view) {
    case 'consent':
      return <ConsentPage onConsented={page.reload} />;
    case 'notFound':
      return <NotFoundPage />;
    default:
      return <StartPage page={page} />;
  }
}
