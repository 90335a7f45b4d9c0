import type { Principal } from '@klageportal/federation';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { TestService } from './test-service.js';

/** The callers every service is tested against. */
export const MATRIX_PRINCIPALS = {
  anonymous: { kind: 'anonymous' },
  citizenBeforeConsent: {
    kind: 'citizen',
    personId: '0b7c2a52-5f7e-4c1e-8f2a-000000000001',
    acr: 'idporten-loa-substantial',
    consented: false,
    actingFor: null,
    actingAs: [],
    sessionRef: 'a'.repeat(64),
  },
  citizen: {
    kind: 'citizen',
    personId: '0b7c2a52-5f7e-4c1e-8f2a-000000000005',
    acr: 'idporten-loa-high',
    consented: true,
    actingFor: null,
    actingAs: [],
    sessionRef: 'b'.repeat(64),
  },
  caseOfficer: { kind: 'staff', staffId: 'saksbehandler-siri', roles: ['case_officer'] },
  pressOfficer: { kind: 'staff', staffId: 'pressevakt-per', roles: ['press_officer'] },
  analyst: { kind: 'staff', staffId: 'analytiker-ane', roles: ['analyst'] },
  partner: { kind: 'partner', orgnr: '123456785', scopes: ['helseklage:npe.klagesaker'] },
} as const satisfies Record<string, Principal>;

export type MatrixPrincipal = keyof typeof MATRIX_PRINCIPALS;

/** The same outcome for every kind of caller (public operations). */
export function everyone(outcome: MatrixOutcome): Record<MatrixPrincipal, MatrixOutcome> {
  return Object.fromEntries(Object.keys(MATRIX_PRINCIPALS).map((who) => [who, outcome])) as Record<
    MatrixPrincipal,
    MatrixOutcome
  >;
}

/**
 * What a caller gets: ALLOWED (data, no error), a top-level error code (UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND …), or a payload error code of a mutation (`{ ok: false, error { code } }`).
 */
export type MatrixOutcome = string;

export type MatrixRow<K extends string = MatrixPrincipal> = {
  /** An operation that selects exactly this root field. */
  query: string;
  variables?: Record<string, unknown>;
  /** Other variables for some callers (e.g. the case they stand in a given relation to). */
  variablesFor?: Partial<Record<K, Record<string, unknown>>>;
  expect: Record<K, MatrixOutcome>;
};

function outcomeOf(body: {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string } }[];
}) {
  const code = body.errors?.[0]?.extensions?.code;
  if (code) return code;
  const payload = Object.values(body.data ?? {})[0] as { ok?: boolean; error?: { code?: string } } | null;
  if (payload && payload.ok === false) return payload.error?.code ?? 'FAILED';
  return 'ALLOWED';
}

/**
 * The authorisation matrix of a subgraph: every root operation against every kind of caller,
 * from a committed table. It fails when an operation exists without a row (or a row without an
 * operation), so nothing can be added without deciding who may use it.
 */
export function describeAuthorisationMatrix<K extends string = MatrixPrincipal>(options: {
  getService: () => TestService;
  schema: () => Promise<GraphQLSchema>;
  rows: Record<string, MatrixRow<K>>;
  /** The callers, when a service needs finer kinds than MATRIX_PRINCIPALS (default). */
  principals?: Record<K, Principal>;
}): void {
  const principals = (options.principals ?? MATRIX_PRINCIPALS) as Record<K, Principal>;
  describe('authorisation matrix', () => {
    it('has a row for every root operation, and no other rows', async () => {
      const schema = await options.schema();
      const operations = [schema.getQueryType(), schema.getMutationType()]
        .flatMap((type) => (type ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : []))
        .filter((name) => !name.startsWith('Query._'))
        .sort();
      expect(Object.keys(options.rows).sort()).toEqual(operations);
    });

    const cells = Object.entries(options.rows).flatMap(([operation, row]) =>
      (Object.keys(principals) as K[]).map((who) => [operation, who, row] as const),
    );
    it.each(cells)('%s as %s', async (_operation, who, row) => {
      const variables = { ...row.variables, ...row.variablesFor?.[who] };
      const { body } = await options.getService().graphql(row.query, variables, principals[who]);
      expect(outcomeOf(body)).toBe(row.expect[who]);
    });
  });
}
