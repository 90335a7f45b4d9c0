export { createEmptyDatabase, createTestDb, pgAdminUrl, type TestDb } from './test-db.js';
export { graphql, type GraphQLResponse } from './graphql.js';
