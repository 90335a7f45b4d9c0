import * as client from 'openid-client';
import type { MaskinportenClient, OidcClient, SimulatorOptions } from '../src/index.js';
import { startIdpSimulator } from '../src/index.js';

export const RP = 'http://rp.test';

export const idportenClient: OidcClient = {
  clientId: 'klageportal-web',
  clientSecret: 'web-secret-0123456789',
  redirectUris: [`${RP}/auth/callback`],
  postLogoutRedirectUris: [`${RP}/logged-out`],
};

export const staffClient: OidcClient = {
  clientId: 'klageportal-staff',
  clientSecret: 'staff-secret-0123456789',
  redirectUris: [`${RP}/staff/callback`],
  postLogoutRedirectUris: [`${RP}/staff/logged-out`],
};

export const persons = [
  { pid: '15838512329', name: 'Kari Testperson', note: 'Tenor, født 1985' },
  { pid: '02013299997', name: 'Ola Syntetisk' },
];

export const staffUsers = [
  { id: 'u-case-1', name: 'Siri Saksbehandler', email: 'siri@example.test', groups: ['case_officer'] },
  { id: 'u-press-1', name: 'Petter Presse', email: 'petter@example.test', groups: ['press_officer'] },
];

export function simulatorOptions(
  extra: Partial<SimulatorOptions> & { maskinportenClients?: MaskinportenClient[] } = {},
): SimulatorOptions {
  const { maskinportenClients = [], ...rest } = extra;
  return {
    host: '127.0.0.1',
    port: 0,
    idporten: { clients: [idportenClient], persons },
    ansatt: { clients: [staffClient], users: staffUsers },
    maskinporten: { clients: maskinportenClients },
    ...rest,
  };
}

export async function start(extra: Parameters<typeof simulatorOptions>[0] = {}) {
  return startIdpSimulator(simulatorOptions(extra));
}

export async function discover(issuer: string, rp: OidcClient) {
  return client.discovery(new URL(issuer), rp.clientId, rp.clientSecret, undefined, {
    execute: [client.allowInsecureRequests],
  });
}

/** Builds an authorization request with PKCE, state and nonce. */
export async function authorizationRequest(
  config: client.Configuration,
  rp: OidcClient,
  extra: Record<string, string> = {},
) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: rp.redirectUris[0] ?? '',
    scope: 'openid',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...extra,
  });
  return { url, verifier, state, nonce };
}
