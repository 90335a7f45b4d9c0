import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { ContactSection } from '../components/ContactSection';
import { LoginLink } from '../components/Session';
import { useDocumentTitle, useMessages } from '../i18n/I18nProvider';
import { paths } from '../routing/router';
import { refusalFor } from './refusals';

/** `/ingen-tilgang?grunn=<code>`: the gateway refused the login; explain why and where to go instead. */
export function AccessDeniedPage() {
  const m = useMessages();
  const refusal = refusalFor(window.location.search);
  useDocumentTitle(m[refusal.heading]);

  return (
    <div className="page-content" data-testid="access-denied" data-reason={refusal.code}>
      <Heading level={1} data-size="lg">
        {m[refusal.heading]}
      </Heading>
      <Paragraph variant="long">{m[refusal.text]}</Paragraph>
      {refusal.next.kind === 'login' && (
        <div>
          <LoginLink again />
        </div>
      )}
      {refusal.next.kind === 'contact' && (
        <ContactSection intro={refusal.next.intro ? m[refusal.next.intro] : undefined} />
      )}
      <Paragraph>
        <Link href={paths.start}>{m.backToStart}</Link>
      </Paragraph>
    </div>
  );
}
