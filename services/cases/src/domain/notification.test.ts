import { describe, expect, it } from 'vitest';
import { noticeRecipients } from './notification.js';
import type { NamedParty } from './party.js';

const party = (
  personId: string,
  role: NamedParty['role'],
  mobile: string | null,
  email: string | null,
): NamedParty => ({
  personId,
  name: personId,
  role,
  mobile,
  email,
});

describe('noticeRecipients', () => {
  it('notifies consenting parties on each registered channel, once per person and channel', () => {
    const parties = [
      party('kari', 'COMPLAINANT', '+4791000001', 'kari@example.com'),
      party('kari', 'PROXY', '+4791000001', 'kari@example.com'),
      party('anne', 'LAWYER', null, 'anne@advokat.example'),
      party('ola', 'COMPLAINANT', '+4791000002', 'ola@example.com'),
      party('eva', 'SURVIVING_RELATIVE', ' ', null),
    ];
    expect(noticeRecipients(parties, new Set(['kari', 'anne', 'eva']))).toEqual([
      { personId: 'kari', channel: 'SMS', address: '+4791000001' },
      { personId: 'kari', channel: 'EMAIL', address: 'kari@example.com' },
      { personId: 'anne', channel: 'EMAIL', address: 'anne@advokat.example' },
    ]);
  });

  it('notifies nobody who has not consented', () => {
    expect(
      noticeRecipients([party('ola', 'COMPLAINANT', '+4791000002', 'ola@example.com')], new Set()),
    ).toEqual([]);
  });
});
