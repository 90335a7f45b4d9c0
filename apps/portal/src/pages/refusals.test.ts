import { describe, expect, it } from 'vitest';
import { nb } from '../i18n/messages/nb';
import { refusalCodes, refusalFor } from './refusals';

describe('refusalFor', () => {
  it('explains every code the gateway sends, each with its own heading', () => {
    const headings = new Set<string>();
    for (const code of refusalCodes) {
      const refusal = refusalFor(`?grunn=${code}`);
      expect(refusal.code).toBe(code);
      expect(nb[refusal.heading]).toBeTruthy();
      expect(nb[refusal.text]).toBeTruthy();
      headings.add(refusal.heading);
    }
    expect(headings.size).toBe(refusalCodes.length);
  });

  it('sends people who cannot use Min side to post and e-mail, and others back to login', () => {
    expect(refusalFor('?grunn=D_NUMBER').next).toEqual({ kind: 'contact' });
    expect(refusalFor('?grunn=ORGANISATION').next).toEqual({ kind: 'contact' });
    expect(refusalFor('?grunn=HAS_GUARDIAN').next).toEqual({
      kind: 'contact',
      intro: 'deniedGuardianContact',
    });
    expect(refusalFor('?grunn=LOW_ASSURANCE').next).toEqual({ kind: 'login' });
    expect(refusalFor('?grunn=LOGIN_CANCELLED').next).toEqual({ kind: 'login' });
  });

  it('treats a missing or unknown code as a failed login', () => {
    for (const search of ['', '?grunn=', '?grunn=SOMETHING_NEW', '?grunn=<script>', '?lang=nn']) {
      expect(refusalFor(search).code).toBe('LOGIN_FAILED');
    }
    expect(refusalFor('?lang=nn&grunn=d_number').code).toBe('D_NUMBER');
  });
});
