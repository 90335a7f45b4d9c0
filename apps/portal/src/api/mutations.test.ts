import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentId } from './graphql';
import {
  ACT_FOR_MUTATION,
  actFor,
  GIVE_CONSENT_MUTATION,
  giveConsent,
  mutationErrorKey,
  SET_CONTACT_POINT_MUTATION,
  setContactPoint,
  WITHDRAW_CONSENT_MUTATION,
  withdrawConsent,
} from './mutations';

function answer(body: unknown, status = 200) {
  return vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { status }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('mutations', () => {
  it('sends giveConsent to /graphql with the session cookie and the CSRF header', async () => {
    const fetch = answer({ data: { giveConsent: { ok: true, error: null } } });
    vi.stubGlobal('fetch', fetch);
    await expect(giveConsent()).resolves.toEqual({ ok: true });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(init.headers).toMatchObject({ 'apollo-require-preflight': 'true' });
    expect(JSON.parse(String(init.body))).toEqual({
      documentId: documentId(GIVE_CONSENT_MUTATION),
      variables: {},
    });
  });

  it('sends withdrawConsent to /graphql with the session cookie and the CSRF header', async () => {
    const fetch = answer({ data: { withdrawConsent: { ok: true, error: null } } });
    vi.stubGlobal('fetch', fetch);
    await expect(withdrawConsent()).resolves.toEqual({ ok: true });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(init.headers).toMatchObject({ 'apollo-require-preflight': 'true' });
    expect(JSON.parse(String(init.body))).toEqual({
      documentId: documentId(WITHDRAW_CONSENT_MUTATION),
      variables: {},
    });
    expect(WITHDRAW_CONSENT_MUTATION).toContain('withdrawConsent { ok error { code message } }');
  });

  it('reports the code when withdrawConsent is refused or fails, never the message', async () => {
    vi.stubGlobal(
      'fetch',
      answer({
        data: { withdrawConsent: { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Log in first' } } },
      }),
    );
    await expect(withdrawConsent()).resolves.toEqual({ ok: false, code: 'UNAUTHENTICATED' });

    vi.stubGlobal('fetch', answer({ data: { withdrawConsent: null } }));
    await expect(withdrawConsent()).resolves.toEqual({ ok: false, code: null });

    vi.stubGlobal('fetch', answer({ errors: [{ message: 'Gateway unavailable' }] }, 502));
    await expect(withdrawConsent()).resolves.toEqual({ ok: false, code: null });
  });

  it('sends actFor with the person, or null for myself', async () => {
    const fetch = answer({ data: { actFor: { ok: true, error: null } } });
    vi.stubGlobal('fetch', fetch);
    await actFor('p-2');
    await actFor(null);
    const bodies = fetch.mock.calls.map(([, init]) => JSON.parse(String(init.body)));
    expect(bodies).toEqual([
      { documentId: documentId(ACT_FOR_MUTATION), variables: { personId: 'p-2' } },
      { documentId: documentId(ACT_FOR_MUTATION), variables: { personId: null } },
    ]);
  });

  it('sends setContactPoint for one kind and returns the contact point as normalised', async () => {
    const saved = { kind: 'SMS', value: '+4791234567', verified: false };
    const fetch = answer({ data: { setContactPoint: { ok: true, contactPoint: saved, error: null } } });
    vi.stubGlobal('fetch', fetch);
    await expect(setContactPoint('SMS', '912 34 567')).resolves.toEqual({ ok: true, contactPoint: saved });
    expect(JSON.parse(String(fetch.mock.calls[0]![1].body))).toEqual({
      documentId: documentId(SET_CONTACT_POINT_MUTATION),
      variables: { input: { kind: 'SMS', value: '912 34 567' } },
    });
  });

  it('reports the code when setContactPoint refuses a value', async () => {
    vi.stubGlobal(
      'fetch',
      answer({
        data: {
          setContactPoint: {
            ok: false,
            contactPoint: null,
            error: { code: 'SHARED_MAILBOX', message: 'A lawyer needs a direct e-mail address' },
          },
        },
      }),
    );
    await expect(setContactPoint('EMAIL', 'post@advokat.no')).resolves.toEqual({
      ok: false,
      code: 'SHARED_MAILBOX',
    });
  });

  it('reports the error code from the payload or from a GraphQL error, never the message', async () => {
    vi.stubGlobal(
      'fetch',
      answer({ data: { actFor: { ok: false, error: { code: 'NOT_ALLOWED', message: 'x' } } } }),
    );
    await expect(actFor('p-9')).resolves.toEqual({ ok: false, code: 'NOT_ALLOWED' });

    vi.stubGlobal(
      'fetch',
      answer({ data: null, errors: [{ message: 'Not logged in', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    await expect(giveConsent()).resolves.toEqual({ ok: false, code: 'UNAUTHENTICATED' });

    vi.stubGlobal('fetch', answer({ errors: [{ message: 'Gateway unavailable' }] }, 502));
    await expect(giveConsent()).resolves.toEqual({ ok: false, code: null });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(giveConsent()).resolves.toEqual({ ok: false, code: null });
  });
});

describe('mutationErrorKey', () => {
  it('translates known codes and gives a general message for anything else', () => {
    expect(mutationErrorKey('CONSENT_REQUIRED')).toBe('errorConsentRequired');
    expect(mutationErrorKey('NOT_ALLOWED')).toBe('errorNotAllowed');
    expect(mutationErrorKey('UNAUTHENTICATED')).toBe('errorUnauthenticated');
    expect(mutationErrorKey('MALFORMED_MOBILE')).toBe('errorMalformedMobile');
    expect(mutationErrorKey('FOREIGN_MOBILE')).toBe('errorForeignMobile');
    expect(mutationErrorKey('NOT_MOBILE')).toBe('errorNotMobile');
    expect(mutationErrorKey('MALFORMED_EMAIL')).toBe('errorMalformedEmail');
    expect(mutationErrorKey('SHARED_MAILBOX')).toBe('errorSharedMailbox');
    expect(mutationErrorKey('INTERNAL_SERVER_ERROR')).toBe('errorMutationFailed');
    expect(mutationErrorKey('toString')).toBe('errorMutationFailed');
    expect(mutationErrorKey(null)).toBe('errorMutationFailed');
  });
});
