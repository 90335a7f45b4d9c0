import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentId } from './graphql';
import {
  ANSWER_PRESS_INQUIRY_MUTATION,
  answerPressInquiry,
  fetchPressDisclosure,
  fetchPressInquiries,
  LOG_PRESS_INQUIRY_MUTATION,
  logPressInquiry,
  neitherConfirmNorDeny,
  PRESS_DISCLOSURE_QUERY,
  setPressInquiryStatus,
  toLogInput,
} from './press';

function answer(body: unknown, status = 200) {
  return vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { status }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const NOW = new Date('2026-11-25T10:00:00Z');
const RITA = { caseNumber: ' 26/00102 ', journalist: 'Rita Demo ', newsroom: 'Eksempel-TV' };

describe('fetchPressDisclosure', () => {
  it('asks for the case by number with the journalist and newsroom, trimmed, in the POST body', async () => {
    const decided = { ...neitherConfirmNorDeny(NOW), decidedAt: '2026-11-25T09:00:00.000Z' };
    const fetch = answer({ data: { pressCase: { caseNumber: '26/00102', pressDisclosure: decided } } });
    vi.stubGlobal('fetch', fetch);
    await expect(fetchPressDisclosure(RITA)).resolves.toEqual({ ok: true, disclosure: decided });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(JSON.parse(String(init.body))).toEqual({
      documentId: documentId(PRESS_DISCLOSURE_QUERY),
      variables: { caseNumber: '26/00102', journalist: 'Rita Demo', newsroom: 'Eksempel-TV' },
    });
  });

  it('answers "neither confirm nor deny" when no case has the number, as without a waiver', async () => {
    for (const data of [
      { pressCase: { caseNumber: '26/09999', pressDisclosure: null } },
      { pressCase: null },
    ]) {
      vi.stubGlobal('fetch', answer({ data }));
      await expect(fetchPressDisclosure(RITA, undefined, () => NOW)).resolves.toEqual({
        ok: true,
        disclosure: neitherConfirmNorDeny(NOW),
      });
    }
    expect(neitherConfirmNorDeny(NOW)).toMatchObject({
      level: 'NEITHER_CONFIRM_NOR_DENY',
      reason: 'NO_WAIVER',
      waiverIssue: null,
      process: null,
      publicRegister: { name: 'Helsepersonellregisteret', url: 'https://register.helsedirektoratet.no/hpr' },
    });
  });

  it('reports a refusal by its code, never as "neither confirm nor deny"', async () => {
    vi.stubGlobal(
      'fetch',
      answer({
        data: { pressCase: null },
        errors: [{ message: 'no', path: ['pressCase'], extensions: { code: 'FORBIDDEN' } }],
      }),
    );
    await expect(fetchPressDisclosure(RITA)).resolves.toEqual({ ok: false, code: 'FORBIDDEN' });
    vi.stubGlobal('fetch', answer({ errors: [{ message: 'down' }] }, 502));
    await expect(fetchPressDisclosure(RITA)).resolves.toEqual({ ok: false, code: null });
  });
});

describe('the press log', () => {
  it('lists the entries, or says why not', async () => {
    vi.stubGlobal('fetch', answer({ data: { pressInquiries: [] } }));
    await expect(fetchPressInquiries(20)).resolves.toEqual({ ok: true, inquiries: [] });
    vi.stubGlobal(
      'fetch',
      answer({
        data: { pressInquiries: null },
        errors: [{ message: 'no', path: ['pressInquiries'], extensions: { code: 'FORBIDDEN' } }],
      }),
    );
    await expect(fetchPressInquiries(20)).resolves.toEqual({ ok: false, code: 'FORBIDDEN' });
    vi.stubGlobal(
      'fetch',
      answer({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    await expect(fetchPressInquiries(20)).resolves.toEqual({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('logs an entry: trimmed, an empty case number as null, an untouched time as now (null)', async () => {
    const entry = {
      receivedAt: null,
      channel: 'EMAIL' as const,
      newsroom: ' Eksempel-TV ',
      journalistName: 'Rita Demo',
      journalistContact: ' rita@example.com',
      question: ' Har dere mottatt en klage?\n',
      caseNumber: ' ',
    };
    expect(toLogInput(entry)).toEqual({
      receivedAt: null,
      channel: 'EMAIL',
      newsroom: 'Eksempel-TV',
      journalistName: 'Rita Demo',
      journalistContact: 'rita@example.com',
      question: 'Har dere mottatt en klage?',
      caseNumber: null,
    });
    const inquiry = { id: 'i1' };
    const fetch = answer({ data: { logPressInquiry: { ok: true, error: null, inquiry } } });
    vi.stubGlobal('fetch', fetch);
    await expect(logPressInquiry({ ...entry, caseNumber: '26/00102' })).resolves.toEqual({
      ok: true,
      inquiry,
    });
    const body = JSON.parse(String(fetch.mock.calls[0]![1].body));
    expect(body.documentId).toBe(documentId(LOG_PRESS_INQUIRY_MUTATION));
    expect(body.variables.input.caseNumber).toBe('26/00102');
  });

  it('passes a refusal’s code on, never its message', async () => {
    vi.stubGlobal(
      'fetch',
      answer({
        data: {
          answerPressInquiry: { ok: false, error: { code: 'CLOSED', message: 'closed' }, inquiry: null },
        },
      }),
    );
    await expect(answerPressInquiry('i1', 'Svar')).resolves.toEqual({ ok: false, code: 'CLOSED' });
    vi.stubGlobal(
      'fetch',
      answer({
        data: { setPressInquiryStatus: null },
        errors: [{ message: 'no', path: ['setPressInquiryStatus'], extensions: { code: 'FORBIDDEN' } }],
      }),
    );
    await expect(setPressInquiryStatus('i1', 'CLOSED')).resolves.toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(ANSWER_PRESS_INQUIRY_MUTATION).toContain('answerPressInquiry(input: $input)');
  });
});
