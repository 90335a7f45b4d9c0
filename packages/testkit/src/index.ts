export { describeInternalTokenChecks } from './auth-matrix.js';
export {
  describeAuthorisationMatrix,
  everyone,
  MATRIX_PRINCIPALS,
  type MatrixOutcome,
  type MatrixPrincipal,
  type MatrixRow,
} from './authorisation-matrix.js';
export { type GraphQLResponse, graphql } from './graphql.js';
export {
  createEmptyDatabase,
  createServiceTestDb,
  createTestDb,
  pgAdminUrl,
  type TestDb,
} from './test-db.js';
export { type LogCapture, startTestService, type TestService } from './test-service.js';
export { until } from './until.js';
