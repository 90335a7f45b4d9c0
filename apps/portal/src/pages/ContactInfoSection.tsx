import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { mutationErrorKey, setContactPoint } from '../api/mutations';
import { actingForOther, type ContactPoint, type ContactPointKind, type Viewer } from '../api/startPage';
import { LoginLink } from '../components/Session';
import { format } from '../i18n/format';
import { useMessages } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

function contactValue(points: readonly ContactPoint[], kind: ContactPointKind): string | null {
  return points.find((point) => point.kind === kind)?.value ?? null;
}

interface ContactInfoSectionProps {
  viewer: Viewer;
  /** The logged-in person's own (the gateway returns them to that person only). */
  contactPoints: readonly ContactPoint[];
  reload(): Promise<void>;
}

/**
 * The logged-in person's own mobile number and e-mail address, where we send notices (never the content)
 * when something new arrives on Min side. Each is saved on its own.
 */
export function ContactInfoSection({ viewer, contactPoints, reload }: ContactInfoSectionProps) {
  const m = useMessages();
  const headingId = useId();
  const actingFor = actingForOther(viewer);

  const fromServer = {
    SMS: contactValue(contactPoints, 'SMS'),
    EMAIL: contactValue(contactPoints, 'EMAIL'),
  };
  const [current, setCurrent] = useState(fromServer);
  const [saved, setSaved] = useState(false);

  // A reload (e.g. in another language) brings the values as stored; what is shown follows.
  useEffect(
    () => setCurrent({ SMS: fromServer.SMS, EMAIL: fromServer.EMAIL }),
    [fromServer.SMS, fromServer.EMAIL],
  );

  return (
    <section aria-labelledby={headingId} className="contact-info" data-testid="contact-info">
      <Heading level={2} data-size="sm" id={headingId}>
        {actingFor ? m.contactInfoHeadingOwn : m.contactInfoHeading}
      </Heading>
      {actingFor && <Paragraph>{format(m.contactInfoActingFor, { name: actingFor.displayName })}</Paragraph>}
      <Paragraph>{m.contactInfoIntro}</Paragraph>
      <dl className="contact-info__current">
        <div>
          <dt>{m.contactInfoMobile}</dt>
          <dd data-testid="contact-info-mobile">{current.SMS ?? m.contactInfoNotRegistered}</dd>
        </div>
        <div>
          <dt>{m.contactInfoEmail}</dt>
          <dd data-testid="contact-info-email">{current.EMAIL ?? m.contactInfoNotRegistered}</dd>
        </div>
      </dl>
      <ContactPointForm
        kind="SMS"
        initial={current.SMS}
        reload={reload}
        onSaving={() => setSaved(false)}
        onSaved={(point) => {
          setCurrent((previous) => ({ ...previous, SMS: point.value }));
          setSaved(true);
        }}
      />
      <ContactPointForm
        kind="EMAIL"
        initial={current.EMAIL}
        reload={reload}
        onSaving={() => setSaved(false)}
        onSaved={(point) => {
          setCurrent((previous) => ({ ...previous, EMAIL: point.value }));
          setSaved(true);
        }}
      />
      <div role="status" className="contact-info__status" data-testid="contact-saved">
        {saved && <Paragraph data-size="sm">{m.contactInfoSaved}</Paragraph>}
      </div>
    </section>
  );
}

const fieldTexts: Readonly<
  Record<
    ContactPointKind,
    { label: MessageKey; save: MessageKey; type: 'tel' | 'email'; autoComplete: string }
  >
> = {
  SMS: { label: 'contactInfoMobile', save: 'contactInfoSaveMobile', type: 'tel', autoComplete: 'tel' },
  EMAIL: { label: 'contactInfoEmail', save: 'contactInfoSaveEmail', type: 'email', autoComplete: 'email' },
};

interface ContactPointFormProps {
  kind: ContactPointKind;
  initial: string | null;
  reload(): Promise<void>;
  onSaving(): void;
  onSaved(point: ContactPoint): void;
}

/** One field and its own save button: saving the mobile number never touches the e-mail address, and back. */
function ContactPointForm({ kind, initial, reload, onSaving, onSaved }: ContactPointFormProps) {
  const m = useMessages();
  const texts = fieldTexts[kind];
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initial ?? '');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<{ code: string | null } | null>(null);

  // The field is described by its error once it shows; focus takes the user (and a screen reader) there.
  useEffect(() => {
    if (failure) inputRef.current?.focus();
  }, [failure]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setFailure(null);
    onSaving();
    const outcome = await setContactPoint(kind, value);
    if (outcome.ok) {
      setValue(outcome.contactPoint.value); // as the gateway normalised it, e.g. "+4791234567"
      onSaved(outcome.contactPoint);
    } else {
      setFailure({ code: outcome.code });
      // The viewer must consent first: fetching it again shows the consent page.
      if (outcome.code === 'CONSENT_REQUIRED') await reload();
    }
    setSaving(false);
  }

  return (
    <form noValidate onSubmit={submit} className="contact-info__form" data-testid={`contact-form-${kind}`}>
      <Textfield
        ref={inputRef}
        className="contact-info__field"
        label={m[texts.label]}
        type={texts.type}
        autoComplete={texts.autoComplete}
        name={kind === 'SMS' ? 'mobile' : 'email'}
        spellCheck={false}
        autoCapitalize="none"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={failure ? m[mutationErrorKey(failure.code)] : undefined}
      />
      <div className="contact-info__actions">
        <Button type="submit" variant="secondary" loading={saving} aria-disabled={saving || undefined}>
          {m[texts.save]}
        </Button>
        {failure?.code === 'UNAUTHENTICATED' && <LoginLink again />}
      </div>
    </form>
  );
}
