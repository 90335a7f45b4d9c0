import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useDocumentTitle, useMessages } from '../i18n/I18nProvider';
import { paths } from '../routing/router';

export function NotFoundPage() {
  const m = useMessages();
  useDocumentTitle(m.notFoundHeading);
  return (
    <div className="page-content">
      <Heading level={1} data-size="lg">
        {m.notFoundHeading}
      </Heading>
      <Paragraph variant="long">{m.notFoundText}</Paragraph>
      <Paragraph>
        <Link href={paths.start}>{m.backToStart}</Link>
      </Paragraph>
    </div>
  );
}
