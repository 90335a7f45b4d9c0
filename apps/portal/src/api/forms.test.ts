import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CHANGE_CASE_CONTACT_MUTATION,
  changeCaseContact,
  GIVE_WAIVER_MUTATION,
  giveWaiver,
  REVOKE_WAIVER_MUTATION,
  revokeWaiver,
  SEND_CASE_COMMENTS_MUTATION,
  sendCaseComments,
} from './forms';
import { documentId } from './graphql';

function answer(body: unknown, status = 200) {
  return vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { status }));
}

function sent(fetch: ReturnType<typeof answer>) {
  const [url, init] = fetch.mock.calls[0]!;
  expect(url).toBe('/graphql');
  expect(init.headers).toMatchObject({ 'apollo-require-preflight': 'true' });
  return JSON.parse(String(init.body)) as { documentId: string; variables: unknown };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('form mutations', () => {
  it('sends the comments and reports success', async () => {
    const fetch = answer({ data: { sendCaseComments: { ok: true, error: null, case: null } } });
    vi.stubGlobal('fetch', fetch);
    await expect(sendCaseComments('c1', 'Hei')).resolves.toEqual({ ok: true });
    expect(sent(fetch)).toEqual({
      documentId: documentId(SEND_CASE_COMMENTS_MUTATION),
      variables: { caseId: 'c1', comments: 'Hei' },
    });
  });

  it('sends an empty contact channel as null, and passes on the refusal code', async () => {
    const fetch = answer({
      data: { changeCaseContact: { ok: false, error: { code: 'FOREIGN_MOBILE', message: 'x' }, case: null } },
    });
    vi.stubGlobal('fetch', fetch);
    await expect(changeCaseContact('c1', { mobile: ' +46 70 ', email: '  ' })).resolves.toEqual({
      ok: false,
      code: 'FOREIGN_MOBILE',
    });
    expect(sent(fetch)).toEqual({
      documentId: documentId(CHANGE_CASE_CONTACT_MUTATION),
      variables: { caseId: 'c1', mobile: '+46 70', email: null },
    });
  });

  it('sends the waiver trimmed, with its topics and time limit', async () => {
    const fetch = answer({ data: { giveWaiver: { ok: true, error: null, case: null } } });
    vi.stubGlobal('fetch', fetch);
    await giveWaiver({
      caseId: 'c1',
      journalist: ' Jo ',
      newsroom: 'Avisa ',
      excludedTopics: ['Diagnosen'],
      validUntil: '2027-01-01T23:00:00.000Z',
    });
    expect(sent(fetch)).toEqual({
      documentId: documentId(GIVE_WAIVER_MUTATION),
      variables: {
        input: {
          caseId: 'c1',
          journalist: 'Jo',
          newsroom: 'Avisa',
          excludedTopics: ['Diagnosen'],
          validUntil: '2027-01-01T23:00:00.000Z',
        },
      },
    });
  });

  it('gives the top-level error code (e.g. UNAUTHENTICATED) when there is no data', async () => {
    vi.stubGlobal(
      'fetch',
      answer({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    await expect(revokeWaiver('w1')).resolves.toEqual({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('revokes by id', async () => {
    const fetch = answer({
      data: { revokeWaiver: { ok: false, error: { code: 'ALREADY_REVOKED', message: '' } } },
    });
    vi.stubGlobal('fetch', fetch);
    await expect(revokeWaiver('w1')).resolves.toEqual({ ok: false, code: 'ALREADY_REVOKED' });
    expect(sent(fetch)).toEqual({
      documentId: documentId(REVOKE_WAIVER_MUTATION),
      variables: { waiverId: 'w1' },
    });
  });
});
