import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { mutationErrorKey } from '../../api/mutations';
import { LoginLink } from '../../components/Session';
import { useMessages } from '../../i18n/I18nProvider';
import { staffErrorKey } from '../cases/caseTexts';
import { staffRedirectLogin } from './staffLogin';

/** A refused console action, in the officer's language (never the server's text). */
export function MutationErrorText({ code }: { code: string | null }) {
  const m = useMessages();
  return (
    <Alert
      data-color="danger"
      role="alert"
      className="mutation-error"
      data-testid="staff-error"
      data-code={code ?? ''}
    >
      <Paragraph>{m[staffErrorKey(code, mutationErrorKey)]}</Paragraph>
      {code === 'UNAUTHENTICATED' && (
        <div>
          <LoginLink again href={staffRedirectLogin()} />
        </div>
      )}
    </Alert>
  );
}
