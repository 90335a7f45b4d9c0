import type { NamedParty } from './party.js';

/**
 * The events parties hear about: a change of status (a decision among them) and an outgoing
 * document. Registration (no parties yet) and court status (followed in the courts) are not.
 */
export const NOTICE_EVENT_KINDS = ['STATUS_CHANGED', 'DOCUMENT_SENT'] as const;

export type NoticeRecipient = { personId: string; channel: 'SMS' | 'EMAIL'; address: string };

/**
 * Who hears that something new is waiting on a case: every party (the complainant and those who
 * act for them) who has consented to notifications, on each channel registered for them on the
 * case (SMS to the mobile, e-mail to the address). A person with several roles is notified once
 * per channel. The notice itself never says what is new (packages/notify).
 */
export function noticeRecipients(
  parties: readonly NamedParty[],
  consented: ReadonlySet<string>,
): NoticeRecipient[] {
  const seen = new Set<string>();
  const recipients: NoticeRecipient[] = [];
  for (const p of parties) {
    if (!consented.has(p.personId)) continue;
    for (const [channel, address] of [
      ['SMS', p.mobile],
      ['EMAIL', p.email],
    ] as const) {
      if (!address?.trim() || seen.has(`${p.personId}:${channel}`)) continue;
      seen.add(`${p.personId}:${channel}`);
      recipients.push({ personId: p.personId, channel, address });
    }
  }
  return recipients;
}
