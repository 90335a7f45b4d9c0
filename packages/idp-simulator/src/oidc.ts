import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger } from '@klageportal/kit';
import {
  type Account,
  type Configuration,
  type InteractionDetails,
  type InteractionResults,
  interactionPolicy,
  type KoaContext,
  Provider,
  type TokenReference,
} from 'oidc-provider';
import { AUTOSUBMIT_SCRIPT, html, page, type Raw, STYLESHEET } from './html.js';
import type { SigningKey } from './keys.js';
import { createMemoryAdapter } from './memory-adapter.js';
import type { OidcClient } from './types.js';

/** What differs between the ID-porten and the staff IdP. */
export type OidcProfile = {
  /** `idporten` or `ansatt`; used in cookie names and logs. */
  name: string;
  title: string;
  acrValues: string[];
  subjectType: 'public' | 'pairwise';
  /** Claim names released for the `openid` scope (and so put in the ID token). */
  claims: string[];
  findAccount(accountId: string, locale: string): Account | undefined;
  /** Renders the login page body for an interaction. */
  renderLogin(view: LoginView): Raw;
  /** Reads the submitted login form; returns the login result or an error to show on the page. */
  login(
    form: URLSearchParams,
    details: InteractionDetails,
  ): { accountId: string; acr: string } | { error: string };
  /** Adds profile-specific checks to the login prompt (e.g. step-up to a higher acr). */
  loginChecks?: InstanceType<typeof interactionPolicy.Check>[];
};

export type LoginView = {
  details: InteractionDetails;
  /** Form action for a login. */
  loginAction: string;
  abortAction: string;
  error?: string;
  previous?: URLSearchParams;
};

export type OidcProviderOptions = {
  issuer: string;
  key: SigningKey;
  clients: OidcClient[];
  profile: OidcProfile;
  logger: Logger;
};

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; frame-ancestors 'none'";

const SUPPORTED_LOCALES = ['nb', 'nn', 'en', 'se'];

const MAX_FORM_BYTES = 64 * 1024;

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers['content-type'] ?? '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  if (!type.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams();
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function localeOf(uiLocales: string | undefined): string {
  for (const tag of (uiLocales ?? '').split(/\s+/)) {
    const lang = tag.toLowerCase().split('-')[0] ?? '';
    if (SUPPORTED_LOCALES.includes(lang)) return lang;
  }
  return 'nb';
}

/** One oidc-provider instance (authorization code + PKCE, custom login, logout without a confirmation page). */
export function createOidcProvider({ issuer, key, clients, profile, logger }: OidcProviderOptions): Provider {
  const mountPath = new URL(issuer).pathname.replace(/\/$/, '');
  const assets = `${mountPath}/assets`;
  const log = logger.child({ idp: profile.name });
  /** The UI locale of each grant's latest authorization request (for the `locale` claim). */
  const locales = new Map<string, string>();
  const cookiePrefix = `idpsim_${profile.name}`;

  const policy = interactionPolicy.base();
  for (const check of profile.loginChecks ?? []) policy.get('login')?.checks.add(check);

  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    jwks: { keys: [key.privateJwk] },
    clients: clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      // client_secret_basic is accepted too: oidc-provider treats the two secret methods alike.
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris,
      ...(client.backchannelLogoutUri
        ? { backchannel_logout_uri: client.backchannelLogoutUri, backchannel_logout_session_required: true }
        : {}),
      subject_type: profile.subjectType,
      id_token_signed_response_alg: 'RS256',
    })),
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      names: {
        session: `${cookiePrefix}_session`,
        interaction: `${cookiePrefix}_interaction`,
        resume: `${cookiePrefix}_resume`,
      },
      long: { httpOnly: true, sameSite: 'lax', path: mountPath || '/' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    responseTypes: ['code'],
    scopes: ['openid', 'profile'],
    claims: { openid: ['sub', ...profile.claims, 'acr', 'amr', 'auth_time', 'sid'] },
    conformIdTokenClaims: false,
    acrValues: profile.acrValues,
    subjectTypes: ['public', 'pairwise'],
    pairwiseIdentifier: (_ctx: KoaContext, accountId: string, client: { clientId: string }) =>
      createHash('sha256').update(`${client.clientId}|${accountId}|idp-simulator`).digest('base64url'),
    pkce: { required: () => true },
    routes: {
      authorization: '/authorize',
      userinfo: '/userinfo',
      end_session: '/logout',
      jwks: '/jwks',
      token: '/token',
      pushed_authorization_request: '/par',
      revocation: '/token/revoke',
      introspection: '/token/introspect',
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      backchannelLogout: { enabled: true },
      userinfo: { enabled: true },
      claimsParameter: { enabled: true },
    },
    findAccount: (ctx: KoaContext, accountId: string, token?: TokenReference) => {
      const grantId = token?.grantId ?? ctx.oidc?.session?.grantIdFor?.(ctx.oidc.client?.clientId ?? '');
      const locale = (grantId && locales.get(grantId)) || 'nb';
      return profile.findAccount(accountId, locale);
    },
    interactions: {
      url: (_ctx: KoaContext, interaction: { uid: string }) => `${mountPath}/interaction/${interaction.uid}`,
      policy,
    },
    loadExistingGrant: async (ctx: KoaContext) => {
      const { oidc } = ctx;
      const clientId = oidc.client?.clientId ?? '';
      const accountId = oidc.session.accountId ?? '';
      const existingId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(clientId);
      let grant = existingId ? await ctx.oidc.provider.Grant.find(existingId) : undefined;
      if (!grant || grant.accountId !== accountId)
        grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(' '));
      const claims = [...(oidc.requestParamClaims ?? [])];
      if (claims.length) grant.addOIDCClaims(claims);
      const grantId = await grant.save();
      if (locales.size > 10_000) locales.clear();
      locales.set(grantId, localeOf(oidc.params.ui_locales));
      return grant;
    },
    clientBasedCORS: (_ctx: KoaContext, origin: string, client: { redirectUris: string[] }) =>
      client.redirectUris.some((uri) => URL.parse(uri)?.origin === origin),
    // Back-channel logout goes to the relying party on localhost / a docker network: oidc-provider's
    // SSRF guard refuses such addresses, so the guarded dispatcher is dropped (development only).
    fetch: (url: URL | string, init: RequestInit & { dispatcher?: unknown }) => {
      const { dispatcher: _guarded, ...rest } = init;
      return fetch(url, rest);
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      ClientCredentials: 600,
      IdToken: 600,
      Interaction: 3600,
      Session: 7200,
      Grant: 7200,
      RefreshToken: 3600,
    },
    renderError: async (ctx: KoaContext, out: { error?: string; error_description?: string }) => {
      ctx.type = 'html';
      ctx.body = errorPage(out.error, out.error_description);
    },
  };

  function errorPage(error: string | undefined, description: string | undefined): string {
    return page({
      title: `Feil – ${profile.title}`,
      assets,
      body: html`<h1>Noe gikk galt</h1>
<p>${profile.title} kunne ikke fullføre forespørselen.</p>
<dl><dt>Feilkode</dt><dd><code>${error ?? 'server_error'}</code></dd>
<dt>Beskrivelse</dt><dd>${description ?? ''}</dd></dl>`,
    });
  }

  async function logoutSource(ctx: KoaContext) {
    // No confirmation: the form carries logout=yes and a same-origin script submits it at once.
    // Without JavaScript the user presses the button.
    const action = ctx.oidc.urlFor('end_session_confirm');
    const secret = ctx.oidc.session.state?.secret ?? '';
    ctx.type = 'html';
    ctx.body = page({
      title: `Logger ut – ${profile.title}`,
      assets,
      autoSubmit: true,
      body: html`<h1>Logger ut</h1>
<form method="post" action="${action}" data-autosubmit>
<input type="hidden" name="xsrf" value="${secret}">
<input type="hidden" name="logout" value="yes">
<p>Du blir logget ut av ${profile.title}.</p>
<button type="submit">Fortsett</button>
</form>`,
    });
  }

  async function postLogoutSuccessSource(ctx: KoaContext) {
    ctx.type = 'html';
    ctx.body = page({
      title: `Logget ut – ${profile.title}`,
      assets,
      body: html`<h1>Du er logget ut</h1><p>Økten i ${profile.title} er avsluttet.</p>`,
    });
  }

  const provider = new Provider(issuer, configuration);
  provider.proxy = true;
  provider.silent = true;
  // sid in every ID token (ID-porten always sends it), not only for back-channel logout clients.
  provider.Client.prototype.includeSid = () => true;

  provider.on('server_error', (_ctx: unknown, err: unknown) =>
    log.error({ err: errorSummary(err) }, 'oidc-provider server error'),
  );
  provider.on('error', (err: unknown) => log.error({ err: errorSummary(err) }, 'request error'));
  provider.on('backchannel.error', (_ctx: unknown, err: unknown, client: unknown) =>
    log.warn({ clientId: clientIdOf(client), err: errorSummary(err) }, 'back-channel logout failed'),
  );
  provider.on('backchannel.success', (_ctx: unknown, client: unknown) =>
    log.info({ clientId: clientIdOf(client) }, 'back-channel logout delivered'),
  );
  provider.on('end_session.success', () => log.info('session ended'));
  provider.on('authorization.error', (_ctx: unknown, err: unknown) =>
    log.info({ err: errorSummary(err) }, 'authorization request refused'),
  );
  provider.on('grant.error', (_ctx: unknown, err: unknown) =>
    log.info({ err: errorSummary(err) }, 'token request refused'),
  );

  provider.use(async (ctx, next) => {
    ctx.set('content-security-policy', CSP);
    ctx.set('x-content-type-options', 'nosniff');
    if (ctx.method === 'GET' && ctx.path === '/assets/simulator.css') {
      ctx.type = 'text/css; charset=utf-8';
      ctx.body = STYLESHEET;
      return;
    }
    if (ctx.method === 'GET' && ctx.path === '/assets/autosubmit.js') {
      ctx.type = 'text/javascript; charset=utf-8';
      ctx.body = AUTOSUBMIT_SCRIPT;
      return;
    }
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(ctx.path);
    if (!match) return next();
    ctx.set('cache-control', 'no-store');
    try {
      await handleInteraction(ctx, match[1] ?? '', match[2]);
    } catch (err) {
      const problem = errorSummary(err);
      log.info({ err: problem }, 'interaction failed');
      ctx.status = 400;
      ctx.type = 'html';
      ctx.body = errorPage(problem.error ?? 'invalid_request', problem.description);
    }
  });

  async function handleInteraction(ctx: KoaContext, uid: string, action: string | undefined) {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (details.uid !== uid)
      throw Object.assign(new Error('interaction not found'), { error: 'invalid_request' });
    const finish = async (result: InteractionResults) => {
      const returnTo = await provider.interactionResult(ctx.req, ctx.res, result);
      ctx.redirect(returnTo);
      ctx.status = 303;
    };
    const clientId = String(details.params.client_id ?? '');

    if (details.prompt.name === 'consent') {
      // Relying parties of these IdPs never see a consent screen.
      const accountId = details.session?.accountId ?? '';
      let grant = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
      grant ??= new provider.Grant({ accountId, clientId });
      const missing = details.prompt.details as {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
        grant.addResourceScope(resource, scopes.join(' '));
      }
      await finish({ consent: { grantId: await grant.save() } });
      return;
    }

    const loginAction = `${mountPath}/interaction/${details.uid}/login`;
    const abortAction = `${mountPath}/interaction/${details.uid}/abort`;
    const render = (status: number, error?: string, previous?: URLSearchParams) => {
      ctx.status = status;
      ctx.type = 'html';
      ctx.body = page({
        title: profile.title,
        assets,
        body: profile.renderLogin({ details, loginAction, abortAction, error, previous }),
      });
    };

    if (ctx.method === 'GET' && action === undefined) {
      render(200);
      return;
    }
    if (ctx.method !== 'POST' || action === undefined) {
      ctx.status = 405;
      ctx.body = 'Method Not Allowed';
      return;
    }
    const form = await readForm(ctx.req);
    if (action === 'abort') {
      log.info({ clientId }, 'login aborted');
      await finish({ error: 'access_denied', error_description: 'End-User aborted interaction' });
      return;
    }
    const outcome = profile.login(form, details);
    if ('error' in outcome) {
      render(400, outcome.error, form);
      return;
    }
    log.info({ clientId, acr: outcome.acr }, 'login');
    await finish({ login: { accountId: outcome.accountId, acr: outcome.acr, amr: amrFor(profile.name) } });
  }

  return provider;
}

function amrFor(profile: string): string[] {
  return profile === 'idporten' ? ['TestID'] : ['pwd'];
}

function clientIdOf(client: unknown): string | undefined {
  return (client as { clientId?: string } | undefined)?.clientId;
}

/** An error as loggable fields: OAuth error code and description only (never request data). */
export function errorSummary(err: unknown): { error?: string; description?: string; message?: string } {
  if (err && typeof err === 'object') {
    const e = err as { error?: unknown; error_description?: unknown; message?: unknown };
    return {
      error: typeof e.error === 'string' ? e.error : undefined,
      description: typeof e.error_description === 'string' ? e.error_description : undefined,
      message: typeof e.message === 'string' ? e.message : undefined,
    };
  }
  return { message: String(err) };
}
