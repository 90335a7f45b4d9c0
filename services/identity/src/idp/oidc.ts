import * as client from 'openid-client';

export type OidcProviderConfig = { issuer: string; clientId: string; clientSecret: string };

export type LoginRequest = { url: string; state: string; nonce: string; codeVerifier: string };

/**
 * One OpenID Provider (ID-porten or the staff IdP) as openid-client sees it. Discovery happens on
 * first use and is retried after a failure, so identity can start before its IdP.
 */
export function oidcProvider(options: OidcProviderConfig) {
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = () => {
    discovered ??= client
      .discovery(
        new URL(options.issuer),
        options.clientId,
        undefined,
        client.ClientSecretPost(options.clientSecret),
        {
          execute: new URL(options.issuer).protocol === 'http:' ? [client.allowInsecureRequests] : [],
        },
      )
      .catch((error) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };

  return {
    async beginLogin(params: {
      redirectUri: string;
      acrValues?: string;
      uiLocales?: string;
    }): Promise<LoginRequest> {
      const config = await configuration();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: params.redirectUri,
        scope: 'openid profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        ...(params.acrValues ? { acr_values: params.acrValues } : {}),
        ...(params.uiLocales ? { ui_locales: params.uiLocales } : {}),
      });
      return { url: url.href, state, nonce, codeVerifier };
    },

    /** Exchanges the code (PKCE, state, nonce, iss checked) and returns the verified ID token claims. */
    async completeLogin(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string }) {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims || !tokens.id_token) throw new Error('no ID token');
      return { claims, idToken: tokens.id_token };
    },

    async endSessionUrl(params: { idToken: string | null; postLogoutRedirectUri: string; state: string }) {
      const config = await configuration();
      return client.buildEndSessionUrl(config, {
        post_logout_redirect_uri: params.postLogoutRedirectUri,
        state: params.state,
        ...(params.idToken ? { id_token_hint: params.idToken } : { client_id: options.clientId }),
      }).href;
    },
  };
}

export type OidcProvider = ReturnType<typeof oidcProvider>;
