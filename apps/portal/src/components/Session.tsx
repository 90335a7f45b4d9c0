import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { mutationErrorKey } from '../api/mutations';
import { useMessages } from '../i18n/I18nProvider';
import { loginUrl, logoutUrl } from '../routing/router';

type ButtonVariant = ComponentProps<typeof Button>['variant'];

/** Login is an ordinary navigation to the gateway (ID-porten), styled as a button; `href` picks where to come back. */
export function LoginLink({ again = false, href = loginUrl }: { again?: boolean; href?: string }) {
  const m = useMessages();
  return (
    <Button asChild>
      <a href={href}>{again ? m.loginAgain : m.loginButton}</a>
    </Button>
  );
}

/** Logout must be a POST (so no link, image or prefetch can log anyone out); the gateway redirects back to `/`. */
export function LogoutForm({ variant = 'secondary' }: { variant?: ButtonVariant }) {
  const m = useMessages();
  return (
    <form method="post" action={logoutUrl} className="logout-form">
      <Button type="submit" variant={variant} data-size="sm">
        {m.logoutButton}
      </Button>
    </form>
  );
}

/** A failed mutation, in the user's language (never the server's text); offers a new login when it ran out. */
export function MutationError({ code }: { code: string | null }) {
  const m = useMessages();
  return (
    <Alert data-color="danger" role="alert" className="mutation-error">
      <Paragraph>{m[mutationErrorKey(code)]}</Paragraph>
      {code === 'UNAUTHENTICATED' && (
        <div>
          <LoginLink again />
        </div>
      )}
    </Alert>
  );
}
