import { describe, expect, it } from 'vitest';
import { caseStatuses, courtStatuses, outcomes, partyRoles } from '../../api/cases';
import { mutationErrorKey } from '../../api/mutations';
import { en } from '../../i18n/messages/en';
import { nb } from '../../i18n/messages/nb';
import { nn } from '../../i18n/messages/nn';
import {
  accessActorKey,
  actionKeys,
  courtStatusKeys,
  describePermissions,
  keyOf,
  mayNameActor,
  needsContactDetails,
  nextStatuses,
  outcomeKeys,
  partyErrorField,
  roleKeys,
  staffErrorKey,
  statusKeys,
  unavailableReasonKey,
} from './caseTexts';

describe('code tables', () => {
  it('name every status, outcome, court status, role and action, each differently', () => {
    for (const [values, table] of [
      [caseStatuses, statusKeys],
      [outcomes, outcomeKeys],
      [courtStatuses, courtStatusKeys],
      [partyRoles, roleKeys],
      [Object.keys(actionKeys), actionKeys],
    ] as const) {
      const texts = values.map((v) => nb[(table as Record<string, keyof typeof nb>)[v]!]);
      expect(texts.every(Boolean)).toBe(true);
      expect(new Set(texts).size).toBe(values.length);
    }
  });

  it('leave a value a newer API may send without a key', () => {
    expect(keyOf(statusKeys, 'ARCHIVED')).toBeUndefined();
    expect(keyOf(statusKeys, null)).toBeUndefined();
    expect(keyOf(statusKeys, 'toString')).toBeUndefined();
  });
});

describe('who has seen my case', () => {
  it('shows the press office by role and what it did, in nb, nn and en', () => {
    expect(keyOf(roleKeys, 'PRESS_OFFICER')).toBe('accessPressOfficer');
    expect(keyOf(actionKeys, 'PRESS_LOOKUP')).toBe('actionPressLookup');
    expect(accessActorKey('PRESS_OFFICER')).toBe('accessLogPressOffice');
    expect(nb.accessLogPressOffice).toBe('Pressevakten hos oss, Nasjonalt klageorgan for helsetjenesten');
    expect(nb.actionPressLookup).toBe('Sjekket hva vi kan si til pressen om saken');
    expect(nn.accessLogPressOffice).toMatch(/^Pressevakta/);
    expect(en.accessLogPressOffice).toMatch(/^Our press office/);
    expect(en.actionPressLookup).toBe('Checked what we may tell the press about the case');
  });

  it('names the parties only: never staff, the press office, the partner or a role it does not know', () => {
    for (const role of partyRoles) expect(mayNameActor(role)).toBe(true);
    for (const role of ['CASE_OFFICER', 'PRESS_OFFICER', 'PARTNER', 'SOMETHING_NEW']) {
      expect(mayNameActor(role), role).toBe(false);
    }
    expect(accessActorKey('CASE_OFFICER')).toBe('accessLogCaseOfficer');
    expect(accessActorKey('COMPLAINANT')).toBeNull();
  });
});

describe('unavailableReasonKey', () => {
  it('explains the two-lawyers rule and asks for contact details when they are missing', () => {
    expect(nb[unavailableReasonKey('TWO_LAWYERS')]).toBe(
      'Saken har to advokater registrert, og kan derfor ikke brukes i Min side.',
    );
    for (const reason of ['MISSING_CONTACT', 'MISSING_MOBILE', 'MISSING_EMAIL']) {
      expect(nb[unavailableReasonKey(reason)]).toMatch(/Kontakt oss/);
      expect(en[unavailableReasonKey(reason)]).toMatch(/Contact us/);
      expect(needsContactDetails(reason)).toBe(true);
    }
    expect(needsContactDetails('TWO_LAWYERS')).toBe(false);
  });

  it('falls back to "no access" for anything else', () => {
    expect(unavailableReasonKey('SOMETHING_NEW')).toBe('caseForbiddenText');
    expect(unavailableReasonKey(null)).toBe('caseForbiddenText');
  });
});

describe('describePermissions', () => {
  const all = { read: true, fillForms: true, upload: true, sendDocuments: true, downloadCaseFile: true };

  it('a represented complainant reads and fills forms; the lawyer uploads and sends', () => {
    const result = describePermissions({ ...all, upload: false, sendDocuments: false }, [
      { name: 'Per Klagesen', role: 'COMPLAINANT', isViewer: true },
      { name: 'Anne Eksempel', role: 'LAWYER', isViewer: false },
    ]);
    expect(result.may).toEqual(['permRead', 'permFillForms', 'permDownloadCaseFile']);
    expect(result.mayNot).toEqual(['permUpload', 'permSendDocuments']);
    expect(result.representedBy).toEqual(['Anne Eksempel']);
  });

  it('the lawyer may do everything, and nothing is explained', () => {
    const result = describePermissions(all, [
      { name: 'Per Klagesen', role: 'COMPLAINANT', isViewer: false },
      { name: 'Anne Eksempel', role: 'LAWYER', isViewer: true },
    ]);
    expect(result.mayNot).toEqual([]);
    expect(result.representedBy).toBeNull();
  });
});

describe('nextStatuses', () => {
  it('follows the body’s process', () => {
    expect(nextStatuses('RECEIVED')).toEqual(['UNDER_PREPARATION']);
    expect(nextStatuses('UNDER_PREPARATION')).toEqual(['SENT_TO_BOARD', 'DECIDED']);
    expect(nextStatuses('SENT_TO_BOARD')).toEqual(['UNDER_PREPARATION', 'DECIDED']);
    expect(nextStatuses('DECIDED')).toEqual(['REOPENED']);
    expect(nextStatuses('REOPENED')).toEqual(['UNDER_PREPARATION']);
  });
});

describe('staffErrorKey', () => {
  it('translates the case officer’s error codes, then Min side’s, then a general one', () => {
    expect(staffErrorKey('CASE_NUMBER_TAKEN', mutationErrorKey)).toBe('errorCaseNumberTaken');
    expect(staffErrorKey('SHARED_MAILBOX', mutationErrorKey)).toBe('errorLawyerSharedMailbox');
    expect(staffErrorKey('MALFORMED_MOBILE', mutationErrorKey)).toBe('errorMalformedMobile');
    expect(staffErrorKey('WHATEVER', mutationErrorKey)).toBe('errorMutationFailed');
    expect(staffErrorKey(null, mutationErrorKey)).toBe('errorMutationFailed');
  });
});

describe('partyErrorField', () => {
  it('puts each refusal at its field', () => {
    expect(partyErrorField('CHECKSUM')).toBe('fodselsnummer');
    expect(partyErrorField('D_NUMBER')).toBe('fodselsnummer');
    expect(partyErrorField('INVALID_NAME')).toBe('name');
    expect(partyErrorField('NOT_MOBILE')).toBe('mobile');
    expect(partyErrorField('SHARED_MAILBOX')).toBe('email');
    expect(partyErrorField('PARTY_EXISTS')).toBeNull();
    expect(partyErrorField(null)).toBeNull();
  });
});
