import type { Logger } from '@klageportal/kit';
import type { JWK } from 'jose';

/** A JSON Web Key (RFC 7517) as plain JSON. */
export type JsonWebKey = JWK;

/** A synthetic person who can log in through the ID-porten simulator. `pid` is a (synthetic) fødselsnummer. */
export type SimulatorPerson = { pid: string; name: string; note?: string };

/** A staff user of the staff IdP; `groups` e.g. ['case_officer'], ['press_officer'], ['analyst']. */
export type StaffUser = { id: string; name: string; email: string; groups: string[] };

/** A relying party of the ID-porten or staff IdP (authorization code flow, PKCE S256, client secret). */
export type OidcClient = {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  backchannelLogoutUri?: string;
};

/** A Maskinporten client: `jwks` holds the public keys its JWT grants are signed with. */
export type MaskinportenClient = {
  clientId: string;
  orgnr: string;
  scopes: string[];
  jwks: { keys: JsonWebKey[] };
};

export type SigningKeys = { idporten?: JsonWebKey; ansatt?: JsonWebKey; maskinporten?: JsonWebKey };

export type SimulatorOptions = {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The public base URL (no trailing slash needed); default `http://${host}:${actualPort}`. */
  baseUrl?: string;
  idporten: { clients: OidcClient[]; persons: SimulatorPerson[] };
  ansatt: { clients: OidcClient[]; users: StaffUser[] };
  maskinporten: { clients: MaskinportenClient[] };
  /** Private RSA JWKs; each one absent is generated at start. */
  signingKeys?: SigningKeys;
  logger?: Logger;
};

export type IdpSimulator = {
  /** The base URL, without a trailing slash. */
  url: string;
  issuers: { idporten: string; ansatt: string; maskinporten: string };
  close(): Promise<void>;
};
