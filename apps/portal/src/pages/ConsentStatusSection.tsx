import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { withdrawConsent } from '../api/mutations';
import { MutationError } from '../components/Session';
import { useMessages } from '../i18n/I18nProvider';

interface ConsentStatusSectionProps {
  /** Fetches the viewer again: after a withdrawal it needs consent, and the consent page replaces Min side. */
  reload(): Promise<void>;
}

/**
 * The citizen's consent to Min side and notifications, and the way to withdraw it (after a confirmation
 * in a modal dialog that says what withdrawing means).
 */
export function ConsentStatusSection({ reload }: ConsentStatusSectionProps) {
  const m = useMessages();
  const headingId = useId();
  const dialogHeadingId = useId();
  const dialogTextId = useId();
  const [confirming, setConfirming] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [failure, setFailure] = useState<{ code: string | null } | null>(null);

  function openConfirmation() {
    setFailure(null);
    setConfirming(true);
  }

  // Also for Escape and the dialog's own close button. A withdrawal still under way when the dialog closes
  // keeps its outcome: an error then shows in the section instead.
  function closeConfirmation() {
    setConfirming(false);
    if (!withdrawing) setFailure(null);
  }

  async function confirm() {
    if (withdrawing) return;
    setWithdrawing(true);
    setFailure(null);
    const outcome = await withdrawConsent();
    if (outcome.ok) {
      await reload(); // the viewer now needs consent: the consent page replaces this one
    } else {
      setFailure({ code: outcome.code });
    }
    setWithdrawing(false);
  }

  return (
    <section aria-labelledby={headingId} className="consent-status" data-testid="consent-status">
      <Heading level={2} data-size="sm" id={headingId}>
        {m.consentStatusHeading}
      </Heading>
      <Paragraph>{m.consentStatusText}</Paragraph>
      <div>
        <Button type="button" variant="secondary" aria-haspopup="dialog" onClick={openConfirmation}>
          {m.consentWithdrawButton}
        </Button>
      </div>
      {failure && !confirming && <MutationError code={failure.code} />}

      <Dialog
        open={confirming}
        onClose={closeConfirmation}
        closeButton={m.dialogClose}
        aria-labelledby={dialogHeadingId}
        aria-describedby={dialogTextId}
        className="consent-status__dialog"
        data-testid="withdraw-consent-dialog"
      >
        <Heading level={2} data-size="xs" id={dialogHeadingId}>
          {m.consentWithdrawHeading}
        </Heading>
        <Paragraph id={dialogTextId}>{m.consentWithdrawText}</Paragraph>
        {failure && confirming && <MutationError code={failure.code} />}
        <div className="consent-status__actions">
          <Button
            type="button"
            data-color="danger"
            loading={withdrawing}
            aria-disabled={withdrawing || undefined}
            onClick={confirm}
          >
            {m.consentWithdrawConfirm}
          </Button>
          <Button type="button" variant="secondary" onClick={closeConfirmation}>
            {m.consentWithdrawCancel}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
