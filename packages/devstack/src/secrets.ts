import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

export type PartnerClient = {
  clientId: string;
  orgnr: string;
  scopes: string[];
  privateJwk: JWK;
  publicJwk: JWK;
};

/** Everything secret a local stack needs. Generated, never committed; kept in .data/ by `pnpm start`. */
export type DevSecrets = {
  fnrEncryptionKey: string;
  fnrHashKey: string;
  loginCookieKey: string;
  idportenClientSecret: string;
  ansattClientSecret: string;
  /** NPE's test client (has the NPE scope), and another partner's (does not). */
  npeClient: PartnerClient;
  otherPartnerClient: PartnerClient;
};

export const NPE_SCOPE = 'helseklage:npe.klagesaker';
export const OTHER_SCOPE = 'helseklage:statistikk';

async function partnerClient(clientId: string, orgnr: string, scopes: string[]): Promise<PartnerClient> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `${clientId}-key`;
  return {
    clientId,
    orgnr,
    scopes,
    privateJwk: { ...(await exportJWK(privateKey)), kid },
    publicJwk: { ...(await exportJWK(publicKey)), kid },
  };
}

export async function createSecrets(): Promise<DevSecrets> {
  const key = () => randomBytes(32).toString('base64');
  return {
    fnrEncryptionKey: key(),
    fnrHashKey: key(),
    loginCookieKey: key(),
    idportenClientSecret: randomBytes(24).toString('base64url'),
    ansattClientSecret: randomBytes(24).toString('base64url'),
    // synthetic organisation numbers (valid mod-11), not real organisations
    npeClient: await partnerClient('npe-testklient', '123456785', [NPE_SCOPE]),
    otherPartnerClient: await partnerClient('annen-partner', '987654325', [OTHER_SCOPE]),
  };
}

/**
 * The secrets of a data folder: created on first start and reused after (encrypted fødselsnummer
 * in the database must stay readable across restarts). Written with mode 0600.
 */
export async function loadOrCreateSecrets(file: string): Promise<DevSecrets> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as DevSecrets;
  const secrets = await createSecrets();
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}
