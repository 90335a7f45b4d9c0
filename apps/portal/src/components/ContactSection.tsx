import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useMessages } from '../i18n/I18nProvider';
import { interpolate } from '../i18n/interpolate';

export const contactEmail = 'post@helseklage.no';
export const websiteUrl = 'https://www.helseklage.no/';
const websiteName = 'helseklage.no';

/** Where to send documents when Min side cannot be used: post, e-mail or the switchboard. */
export function ContactSection({ intro }: { intro?: string }) {
  const m = useMessages();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="contact">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.contactHeading}
      </Heading>
      {intro && <Paragraph>{intro}</Paragraph>}
      <dl className="contact__list">
        <div>
          <dt>{m.contactPostLabel}</dt>
          <dd data-testid="contact-post">
            {m.contactPostName}
            <br />
            {m.contactPostBox}
            <br />
            {m.contactPostCity}
          </dd>
        </div>
        <div>
          <dt>{m.contactEmailLabel}</dt>
          <dd>
            <Link href={`mailto:${contactEmail}`}>{contactEmail}</Link>
          </dd>
        </div>
        <div>
          <dt>{m.contactPhoneLabel}</dt>
          <dd>{interpolate(m.contactPhoneText, { site: <Link href={websiteUrl}>{websiteName}</Link> })}</dd>
        </div>
      </dl>
    </section>
  );
}
