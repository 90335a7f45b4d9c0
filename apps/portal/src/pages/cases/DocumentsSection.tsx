import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import {
  type CaseDocument,
  MAX_TITLE_LENGTH,
  type OutgoingCategory,
  outgoingCategories,
  precheckUpload,
  UPLOAD_ACCEPT,
  uploadDocument,
} from '../../api/documents';
import type { FormAnswer } from '../../api/forms';
import { LoginLink } from '../../components/Session';
import { format, formatDate, formatFileSize } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { type Language, toIntlLocales } from '../../i18n/languages';
import {
  categoryKeys,
  categoryText,
  directionText,
  type UploadField,
  uploadErrorField,
  uploadErrorKey,
} from './documentTexts';
import { lastDayOf } from './formTexts';

interface DocumentsSectionProps {
  documents: readonly CaseDocument[];
  /** The whole case file as a zip; the link is left out when null. */
  caseFileUrl: string | null;
  /** E.g. the upload form, as a subsection. */
  children?: ReactNode;
  /** The console speaks to the officer, not to a party. */
  audience?: 'party' | 'staff';
}

/** The case's documents both ways, oldest first, each file a download link; and the whole case file. */
export function DocumentsSection({
  documents,
  caseFileUrl,
  children,
  audience = 'party',
}: DocumentsSectionProps) {
  const { language, messages: m } = useI18n();
  const headingId = useId();
  const caseFileDescriptionId = useId();

  return (
    <section aria-labelledby={headingId} className="case-section" data-testid="case-documents">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.documentsHeading}
      </Heading>
      <Paragraph>{audience === 'staff' ? m.staffDocumentsIntro : m.documentsIntro}</Paragraph>
      {documents.length === 0 ? (
        <Paragraph data-testid="documents-empty">{m.documentsEmpty}</Paragraph>
      ) : (
        <Table border className="cases-table documents-table" aria-labelledby={headingId}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{m.documentsColumnDate}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.documentsColumnTitle}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.documentsColumnCategory}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.documentsColumnDirection}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.documentsColumnFiles}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {documents.map((document) => (
              <Table.Row
                key={document.id}
                data-testid="document"
                data-document-id={document.id}
                data-direction={document.direction}
                data-category={document.category}
              >
                <Table.Cell className="cases-table__nowrap">
                  <time dateTime={document.createdAt}>{formatDate(document.createdAt, language)}</time>
                </Table.Cell>
                <Table.HeaderCell scope="row" className="documents-table__title" data-testid="document-title">
                  {document.title}
                  {document.form && <FormAnswers answer={document.form} />}
                </Table.HeaderCell>
                <Table.Cell>{categoryText(m, document.category)}</Table.Cell>
                <Table.Cell>{directionText(m, document)}</Table.Cell>
                <Table.Cell>
                  {document.files.length === 0 ? (
                    m.documentNoFiles
                  ) : (
                    <ul className="documents-table__files">
                      {document.files.map((file) => (
                        <li key={file.id}>
                          <Link
                            href={file.downloadUrl}
                            download={file.filename}
                            type={file.mime}
                            data-testid="document-file"
                            data-file-id={file.id}
                          >
                            {file.filename}
                          </Link>{' '}
                          <span className="cases-table__nowrap">
                            {format(m.documentFileSize, { size: formatFileSize(file.size, language) })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {caseFileUrl && (
        <Paragraph>
          <Link
            href={caseFileUrl}
            download
            type="application/zip"
            aria-describedby={caseFileDescriptionId}
            data-testid="case-file-link"
          >
            {m.caseFileLink}
          </Link>
          <br />
          <span id={caseFileDescriptionId} className="documents__hint">
            {m.caseFileDescription}
          </span>
        </Paragraph>
      )}
      {children}
    </section>
  );
}

interface UploadFormProps {
  caseId: string;
  /** A case officer's outgoing document: the category is chosen. A citizen sends new information. */
  withCategory?: boolean;
  /** Called after the upload succeeded, before the success is announced (e.g. to fetch the documents again). */
  onUploaded(): Promise<void>;
  testId: string;
  /** Where "log in again" leads (the console has its own staff login). */
  loginHref?: string;
}

/**
 * One title and one file, checked here for what can be checked (a title, a file, not empty, not over
 * 25 MB) and then sent beside GraphQL. Refusals are shown at the field they are about, others for the
 * whole form; success is announced in a live region.
 */
export function UploadForm({ caseId, withCategory = false, onUploaded, testId, loginHref }: UploadFormProps) {
  const { language, messages: m } = useI18n();
  const formId = useId();
  const categoryId = `${formId}-category`;
  const categoryErrorId = `${formId}-category-error`;
  const fileRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<OutgoingCategory | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ code: string; attempt: number } | null>(null);
  const sending = progress !== null;
  const errorField: UploadField | null = failure ? uploadErrorField(failure.code) : null;
  const errorText = failure ? m[uploadErrorKey(failure.code)] : undefined;
  const fieldError = (field: UploadField) => (errorField === field ? errorText : undefined);

  useEffect(() => {
    if (!failure || !errorField) return;
    document.getElementById(`${formId}-${errorField}`)?.focus();
  }, [failure, errorField, formId]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setDone(null);
    const attempt = (failure?.attempt ?? 0) + 1;
    if (withCategory && !category) {
      setFailure({ code: 'INVALID_CATEGORY', attempt });
      return;
    }
    const refused = precheckUpload(title, file);
    if (refused || !file) {
      setFailure({ code: refused ?? 'NO_FILE', attempt });
      return;
    }
    setFailure(null);
    setProgress(0);
    const outcome = await uploadDocument(
      { caseId, title, file, ...(withCategory && category ? { category } : {}) },
      (fraction) => setProgress(Math.round(fraction * 100)),
    );
    if (outcome.ok) {
      try {
        await onUploaded();
      } catch {
        // the document is saved; the list is simply shown again on the next visit
      }
      setProgress(null);
      setDone(format(withCategory ? m.staffDocumentAdded : m.uploadDone, { title: title.trim() }));
      setTitle('');
      setCategory('');
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
    } else {
      setProgress(null);
      setFailure({ code: outcome.code, attempt });
    }
  }

  return (
    <form
      method="post"
      noValidate
      onSubmit={submit}
      className="staff-form"
      data-testid={testId}
      data-error-code={failure?.code}
      aria-busy={sending || undefined}
    >
      {withCategory && (
        <Field>
          <Label htmlFor={categoryId}>{m.staffDocumentCategoryLabel}</Label>
          <Select
            id={categoryId}
            required
            value={category}
            aria-invalid={errorField === 'category' || undefined}
            aria-describedby={errorField === 'category' ? categoryErrorId : undefined}
            onChange={(event) => setCategory(event.target.value as OutgoingCategory | '')}
            data-testid="document-category"
          >
            <Select.Option value="" disabled>
              {m.staffDocumentCategoryChoose}
            </Select.Option>
            {outgoingCategories.map((c) => (
              <Select.Option key={c} value={c}>
                {m[categoryKeys[c]]}
              </Select.Option>
            ))}
          </Select>
          {errorField === 'category' && (
            <ValidationMessage id={categoryErrorId}>{errorText}</ValidationMessage>
          )}
        </Field>
      )}
      <Textfield
        id={`${formId}-title`}
        label={m.uploadTitleLabel}
        description={withCategory ? m.staffDocumentTitleDescription : m.uploadTitleDescription}
        autoComplete="off"
        maxLength={MAX_TITLE_LENGTH}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={fieldError('title')}
        data-testid="upload-title"
      />
      <Textfield
        ref={fileRef}
        id={`${formId}-file`}
        label={m.uploadFileLabel}
        description={m.uploadFileDescription}
        type="file"
        accept={UPLOAD_ACCEPT}
        onChange={(event) => setFile((event.target as HTMLInputElement).files?.[0] ?? null)}
        error={fieldError('file')}
        data-testid="upload-file"
      />
      <div className="upload__submit">
        <Button
          type="submit"
          loading={sending}
          aria-disabled={sending || undefined}
          data-testid="upload-submit"
        >
          {withCategory ? m.staffDocumentSubmit : m.uploadSubmit}
        </Button>
        {sending && (
          <span className="upload__progress">
            <progress max={100} value={progress} aria-label={m.uploadProgressLabel} />
            <span>
              {m.uploadSending} {formatPercent(progress, language)}
            </span>
          </span>
        )}
      </div>
      <div role="status" className="staff__status" data-testid="upload-status">
        {done && <Paragraph data-size="sm">{done}</Paragraph>}
      </div>
      {failure && errorField === null && (
        <Alert data-color="danger" role="alert" data-testid="upload-error" data-code={failure.code}>
          <Paragraph>{errorText}</Paragraph>
          {failure.code === 'UNAUTHENTICATED' && (
            <div>
              <LoginLink again {...(loginHref ? { href: loginHref } : {})} />
            </div>
          )}
        </Alert>
      )}
    </form>
  );
}

function formatPercent(value: number, language: Language): string {
  return new Intl.NumberFormat(toIntlLocales(language), { style: 'percent' }).format(value / 100);
}

/** A submitted form's answers, folded away under "Vis svar". */
function FormAnswers({ answer }: { answer: FormAnswer }) {
  const { language, messages: m } = useI18n();
  const rows: [string, ReactNode][] = [];
  const text = (value: string | null) => (value && value.trim() !== '' ? value : m.formAnswerEmpty);
  if (answer.kind === 'COMMENTS') {
    rows.push([
      m.formAnswerComments,
      <span key="comments" className="form-answers__text">
        {text(answer.comments)}
      </span>,
    ]);
  } else if (answer.kind === 'CONTACT_CHANGE') {
    rows.push([m.formAnswerMobile, text(answer.mobile)], [m.formAnswerEmail, text(answer.email)]);
  } else if (answer.kind === 'WAIVER') {
    const topics = answer.excludedTopics ?? [];
    rows.push(
      [m.formAnswerJournalist, text(answer.journalist)],
      [m.formAnswerNewsroom, text(answer.newsroom)],
      [
        m.formAnswerTopics,
        topics.length === 0 ? (
          m.waiverNoTopics
        ) : (
          <ul key="topics" className="documents-table__files">
            {topics.map((topic) => (
              <li key={topic}>{topic}</li>
            ))}
          </ul>
        ),
      ],
      [
        m.formAnswerValidUntil,
        answer.validUntil ? formatDate(lastDayOf(answer.validUntil), language) : m.waiverNoLimit,
      ],
    );
  }
  return (
    <details className="form-answers" data-testid="form-answers" data-kind={answer.kind}>
      <summary>{m.formAnswersShow}</summary>
      <dl className="form-answers__list">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
