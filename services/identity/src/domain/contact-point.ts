export const CONTACT_POINT_KINDS = ['SMS', 'EMAIL'] as const;
export type ContactPointKind = (typeof CONTACT_POINT_KINDS)[number];

/** Where a person gets notifications; one current value per kind. */
export type ContactPoint = {
  id: string;
  personId: string;
  kind: ContactPointKind;
  /** `+47XXXXXXXX` for SMS (see normaliseMobile), the address for EMAIL (see isDirectEmailAddress). */
  value: string;
  verifiedAt: Date | null;
  createdAt: Date;
};

export {
  checkNotificationEmail,
  type EmailRefusal,
  isDirectEmailAddress,
  type MobileRefusal,
  normaliseMobile,
  SHARED_MAILBOX_LOCAL_PARTS,
} from '@klageportal/kit';
