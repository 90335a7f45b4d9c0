import { bearerToken, createInternalTokenVerifier } from '@klageportal/federation';
import type { Logger } from '@klageportal/kit';
import type { MikroORM } from '@klageportal/orm';
import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type Express, type Request, type Response } from 'express';
import type { Config } from '../config.js';
import { safeReturnPath } from '../domain/return-path.js';
import { type OidcProvider, oidcProvider } from '../idp/oidc.js';
import type { FnrVault } from '../store/fnr-vault.js';
import { completeCitizenLogin, completeStaffLogin, logout, resolveSession } from '../usecases/login.js';
import { seal, unseal } from './sealed-cookie.js';

const LOGIN_COOKIE = 'kp_login';
const LOGIN_TTL_MS = 10 * 60_000;

type LoginState = {
  idp: 'idporten' | 'ansatt';
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
};

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * Login, logout and session resolution. The browser reaches these through the portal and the
 * gateway (same origin); only the session resolution is internal (gateway only, by token).
 */
export function authRoutes(
  app: Express,
  deps: { orm: MikroORM; logger: Logger; config: Config; vault: FnrVault },
) {
  const { config } = deps;
  const log = deps.logger.child({ module: 'auth' });
  const providers: Record<'idporten' | 'ansatt', OidcProvider | null> = {
    idporten: config.idporten ? oidcProvider(config.idporten) : null,
    ansatt: config.ansatt ? oidcProvider(config.ansatt) : null,
  };
  const callbackPath = { idporten: '/auth/callback', ansatt: '/auth/staff/callback' } as const;
  const cookieFlags = `Path=/; HttpOnly; SameSite=Lax${config.session.secure ? '; Secure' : ''}`;
  const em = () => deps.orm.em.fork() as EntityManager;

  const refuse = (res: Response, code: string) => {
    res.setHeader('Set-Cookie', `${LOGIN_COOKIE}=; Path=/auth; HttpOnly; SameSite=Lax; Max-Age=0`);
    res.redirect(303, `/ingen-tilgang?grunn=${encodeURIComponent(code)}`);
  };

  const begin = (idp: 'idporten' | 'ansatt') => async (req: Request, res: Response) => {
    const provider = providers[idp];
    if (!provider) {
      res.status(503).type('text/plain').send('Innlogging er ikke satt opp.');
      return;
    }
    try {
      const lang =
        typeof req.query.lang === 'string' && ['nb', 'nn', 'en'].includes(req.query.lang)
          ? req.query.lang
          : 'nb';
      const login = await provider.beginLogin({
        redirectUri: `${config.publicBaseUrl}${callbackPath[idp]}`,
        ...(idp === 'idporten' ? { acrValues: 'idporten-loa-substantial', uiLocales: lang } : {}),
      });
      const state: LoginState = {
        idp,
        state: login.state,
        nonce: login.nonce,
        codeVerifier: login.codeVerifier,
        returnTo: safeReturnPath(req.query.returnTo),
      };
      res.setHeader(
        'Set-Cookie',
        `${LOGIN_COOKIE}=${seal(config.loginCookieKey, state, LOGIN_TTL_MS)}; Path=/auth; HttpOnly; SameSite=Lax; Max-Age=600${config.session.secure ? '; Secure' : ''}`,
      );
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, login.url);
    } catch (error) {
      log.error({ err: error, idp }, 'could not start login');
      refuse(res, 'LOGIN_FAILED');
    }
  };

  const callback = (idp: 'idporten' | 'ansatt') => async (req: Request, res: Response) => {
    const provider = providers[idp];
    const login = unseal<LoginState>(config.loginCookieKey, readCookie(req, LOGIN_COOKIE));
    if (!provider || !login || login.idp !== idp) {
      log.warn({ idp }, 'login callback without a matching login in progress');
      refuse(res, 'LOGIN_FAILED');
      return;
    }
    if (req.query.error === 'access_denied') {
      refuse(res, 'LOGIN_CANCELLED');
      return;
    }
    const now = new Date();
    try {
      const callbackUrl = new URL(`${config.publicBaseUrl}${req.originalUrl}`);
      const { claims, idToken } = await provider.completeLogin(callbackUrl, login);
      const result =
        idp === 'idporten'
          ? await completeCitizenLogin(
              {
                em: em(),
                vault: deps.vault,
                allowSynthetic: config.fnr.allowSynthetic,
                maxMs: config.session.maxMs,
              },
              claims as Record<string, unknown>,
              idToken,
              now,
            )
          : await completeStaffLogin(
              { em: em(), maxMs: config.session.maxMs },
              claims as Record<string, unknown>,
              idToken,
              now,
            );
      if (!result.ok) {
        log.warn({ idp, reason: result.code }, 'login refused');
        refuse(res, result.code);
        return;
      }
      // A session cookie the browser had before is worthless from now on (no session fixation).
      const previous = readCookie(req, config.session.cookieName);
      if (previous) await logout(em(), previous, now);
      log.info({ idp }, 'logged in');
      res.setHeader('Set-Cookie', [
        `${config.session.cookieName}=${result.value.cookieValue}; ${cookieFlags}; Max-Age=${Math.floor(config.session.maxMs / 1000)}`,
        `${LOGIN_COOKIE}=; Path=/auth; HttpOnly; SameSite=Lax; Max-Age=0`,
      ]);
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, login.returnTo);
    } catch (error) {
      log.warn({ err: error instanceof Error ? error.name : 'error', idp }, 'login callback failed');
      refuse(res, 'LOGIN_FAILED');
    }
  };

  app.get('/auth/login', begin('idporten'));
  app.get('/auth/callback', callback('idporten'));
  app.get('/auth/staff/login', begin('ansatt'));
  app.get('/auth/staff/callback', callback('ansatt'));

  // Logout ends our session first, then the IdP's (RP-initiated logout), and comes back to /.
  app.post('/auth/logout', async (req, res) => {
    const cookie = readCookie(req, config.session.cookieName);
    res.setHeader('Set-Cookie', `${config.session.cookieName}=; ${cookieFlags}; Max-Age=0`);
    res.setHeader('Cache-Control', 'no-store');
    const ended = cookie ? await logout(em(), cookie, new Date()) : null;
    const provider = ended ? providers[ended.idp] : null;
    if (!ended || !provider) {
      res.redirect(303, '/');
      return;
    }
    log.info({ idp: ended.idp }, 'logged out');
    try {
      res.redirect(
        303,
        await provider.endSessionUrl({
          idToken: ended.idToken,
          postLogoutRedirectUri: `${config.publicBaseUrl}/`,
          state: 'logged-out',
        }),
      );
    } catch (error) {
      log.error({ err: error }, 'could not reach the IdP to end its session');
      res.redirect(303, '/');
    }
  });

  // The gateway resolves each request's session cookie here. Internal only: it needs a token.
  const verifyGateway = createInternalTokenVerifier({
    publicJwks: config.internalJwt.publicJwks as never,
    audience: 'identity-sessions',
  });
  app.post('/internal/sessions/resolve', express.json({ limit: '2kb' }), async (req, res) => {
    const caller = await verifyGateway(bearerToken(req.headers.authorization));
    if (!caller.ok) {
      res.status(401).json({ error: 'UNAUTHENTICATED' });
      return;
    }
    const sessionId = typeof req.body?.sessionId === 'string' ? req.body.sessionId : '';
    const principal = sessionId
      ? await resolveSession(em(), sessionId, new Date(), config.session.idleMs)
      : null;
    res.setHeader('Cache-Control', 'no-store');
    res.json({ principal });
  });
}
