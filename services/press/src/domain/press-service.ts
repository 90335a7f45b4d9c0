/**
 * The body's published press hours: it answers press inquiries on weekdays 09:00–14:00
 * Norwegian time, not on public holidays (helseklage.no, "Presse").
 */
export const PRESS_HOURS = Object.freeze({
  answersFrom: '09:00',
  answersTo: '14:00',
  timeZone: 'Europe/Oslo',
  excludesPublicHolidays: true,
});

export type PressHours = typeof PRESS_HOURS;

export const INQUIRY_CHANNELS = ['PHONE', 'EMAIL', 'OTHER'] as const;
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number];

export const INQUIRY_STATUSES = ['RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

/** An entry of the press-inquiry log (DESIGN §3 `inquiry`). */
export type PressInquiry = {
  id: string;
  receivedAt: Date;
  channel: InquiryChannel;
  /** The client (oppdragsgiver): newsroom or publication. */
  newsroom: string;
  journalistName: string;
  journalistContact: string;
  question: string;
  caseNumber: string | null;
  status: InquiryStatus;
  answer: string | null;
  answeredAt: Date | null;
  /** Staff id of who logged it, then of who answered it. */
  handledBy: string | null;
  deleteAfter: Date;
};

/** Press-log entries are deleted ten years after they were received. */
export function deleteAfter(receivedAt: Date): Date {
  const at = new Date(receivedAt);
  at.setUTCFullYear(at.getUTCFullYear() + 10);
  return at;
}
