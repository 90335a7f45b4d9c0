import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { LatestDocument } from '../../api/dashboard';
import { format, formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { casePath } from '../../routing/router';
import { categoryText, directionText } from './documentTexts';

/**
 * "Nye dokumenter" on Mine saker: the newest documents on the viewer's cases, newest first, each a
 * link to its case's page with what it is, which way it went, when, and on which case. `documents`
 * null: they could not be fetched (the rest of the page still works).
 */
export function LatestDocumentsSection({ documents }: { documents: readonly LatestDocument[] | null }) {
  const { language, messages: m } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="latest-documents" data-testid="latest-documents">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.latestDocumentsHeading}
      </Heading>
      {documents === null ? (
        <Paragraph data-testid="latest-documents-error">{m.latestDocumentsError}</Paragraph>
      ) : documents.length === 0 ? (
        <Paragraph data-testid="latest-documents-empty">{m.latestDocumentsEmpty}</Paragraph>
      ) : (
        <>
          <Paragraph>{m.latestDocumentsIntro}</Paragraph>
          {/* role: a list without bullets is still a list to VoiceOver */}
          {/* biome-ignore lint/a11y/noRedundantRoles: Safari drops list semantics with list-style: none */}
          <ul className="latest-documents__list" role="list">
            {documents.map(({ caseId, caseNumber, document }) => (
              <li
                key={document.id}
                className="latest-documents__item"
                data-testid="latest-document"
                data-document-id={document.id}
                data-case-number={caseNumber}
              >
                <Link href={casePath(caseId)} className="latest-documents__title">
                  {document.title}
                </Link>
                {/* four facts side by side; read aloud, a comma between them */}
                <Paragraph data-size="sm" className="latest-documents__facts">
                  <span>
                    {categoryText(m, document.category)}
                    <span className="ds-sr-only">, </span>
                  </span>
                  <span>
                    {directionText(m, document)}
                    <span className="ds-sr-only">, </span>
                  </span>
                  <span>
                    <time dateTime={document.createdAt}>{formatDate(document.createdAt, language)}</time>
                    <span className="ds-sr-only">, </span>
                  </span>
                  <span>{format(m.latestDocumentCase, { caseNumber })}</span>
                </Paragraph>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
