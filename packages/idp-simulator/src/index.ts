export { startIdpSimulator } from './server.js';
export type {
  IdpSimulator,
  JsonWebKey,
  MaskinportenClient,
  OidcClient,
  SigningKeys,
  SimulatorOptions,
  SimulatorPerson,
  StaffUser,
} from './types.js';
