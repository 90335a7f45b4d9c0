import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import {
  expectEveryProcessAlive,
  type GraphQLBody,
  internalsIn,
  postGraphQL,
  type RawAnswer,
  stackPorts,
} from '../support/faults.js';
import {
  type Known,
  type Operation,
  portalOperations,
  rawBodyArb,
  rawDocumentArb,
  SCHEMA_QUERY,
  type Schema,
  type SchemaType,
  toSchema,
  variablesArb,
} from '../support/graphql-fuzz.js';
import { sessionCookie } from '../support/portal.js';
import { startTestStack, type TestStack, withCasesDatabase } from '../support/stack.js';

/**
 * Fuzzing through the gateway (fast-check): the portal's own operations with generated variables
 * (wrong types, huge strings, unicode, nulls, deep objects) as anonymous, citizen and staff
 * callers, and raw documents (garble, deep nesting, many aliases, huge numbers, odd bytes) as
 * anonymous and staff callers. Never an HTTP 5xx, never INTERNAL_SERVER_ERROR, never an error
 * without a code or with internals in it; every process still running; no data changed that the
 * caller may not change. A failure prints fast-check's seed and counterexample.
 */

// Synthetic (identity's seed): never real people.
const PER = { fnr: '09857826040', name: 'Per Klagesen' };
const SEEDED_CASE_IDS = [1, 2, 3, 4].map((n) => `6f1d2c1e-0001-4a6b-9d3e-00000000000${n}`);

/** Runs per property: small enough that the file takes seconds, not minutes. */
const RUNS = { operations: 150, raw: 150, bodies: 60 } as const;
/**
 * A new seed each local run (exploring); one fixed seed in CI, so a landing is not decided by a
 * draw. `FUZZ_SEED=<n>` repeats a run (a failure prints its seed).
 */
const FIXED_CI_SEED = 20_261_126;
const seed = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.CI
    ? FIXED_CI_SEED
    : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });

type Caller = { label: string; cookie?: string };

let stack: TestStack;
let browser: Browser;
let operations: Operation[];
let schema: Schema;
let known: Known;
/** A caller as fast-check prints it in a counterexample: by name, never with the session cookie. */
const named = (label: string): Caller => ({ label, [fc.toStringMethod]: () => label }) as Caller;
const callers: Record<'anonymous' | 'citizen' | 'caseOfficer' | 'pressOfficer', Caller> = {
  anonymous: named('anonymous'),
  citizen: named('citizen Per Klagesen'),
  caseOfficer: named('Saksbehandler Siri'),
  pressOfficer: named('Pressevakt Per'),
};
let perId: string;
let perCases: string[];

beforeAll(async () => {
  [stack, browser, operations] = await Promise.all([startTestStack(), launchChromium(), portalOperations()]);
  callers.citizen.cookie = await sessionCookie(stack, browser, 'citizen', 'Per Klagesen');
  callers.caseOfficer.cookie = await sessionCookie(stack, browser, 'staff', 'Saksbehandler Siri');
  callers.pressOfficer.cookie = await sessionCookie(stack, browser, 'staff', 'Pressevakt Per');
  const introspection = await postGraphQL(
    stack.urls.gateway,
    { query: SCHEMA_QUERY },
    { cookie: callers.caseOfficer.cookie },
  );
  schema = toSchema(
    (JSON.parse(introspection.text) as GraphQLBody<{ __schema: { types: SchemaType[] } }>).data!.__schema
      .types,
  );
  // Per's person id (registering an existing person answers with theirs) and his cases
  const registered = await postGraphQL(
    stack.urls.gateway,
    {
      query:
        'mutation FuzzPerson($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }',
      variables: { input: { fodselsnummer: PER.fnr, name: PER.name } },
    },
    { cookie: callers.caseOfficer.cookie },
  );
  perId = (JSON.parse(registered.text) as GraphQLBody<{ registerPerson: { person: { id: string } } }>).data!
    .registerPerson.person.id;
  const ids = await withCasesDatabase(stack.databaseUrl, async (em) => ({
    per: (
      await em.execute<{ id: string }[]>(
        'select distinct case_id::text as id from cases.case_party where person_id = ?',
        [perId],
      )
    ).map((r) => r.id),
    cases: (
      await em.execute<{ id: string }[]>(
        'select id::text as id from cases.complaint_case order by case_number limit 6',
      )
    ).map((r) => r.id),
    numbers: (
      await em.execute<{ n: string }[]>(
        'select case_number as n from cases.complaint_case order by case_number limit 6',
      )
    ).map((r) => r.n),
    parties: (
      await em.execute<{ id: string }[]>(
        'select distinct person_id::text as id from cases.case_party limit 6',
      )
    ).map((r) => r.id),
  }));
  perCases = ids.per;
  known = {
    strings: [...new Set([...SEEDED_CASE_IDS, ...ids.cases, ...ids.numbers, ...ids.parties, perId])],
  };
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});

/**
 * What is wrong with one answer: a 5xx, a body that is not GraphQL JSON, an error without a code
 * or with INTERNAL_SERVER_ERROR, internals in the errors that the request did not carry itself.
 */
function problemsOf(request: string, answer: RawAnswer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  let body: GraphQLBody;
  try {
    body = JSON.parse(answer.text) as GraphQLBody;
  } catch {
    return [...problems, `not JSON (HTTP ${answer.status}): ${answer.text.slice(0, 300)}`];
  }
  const errors = body.errors ?? [];
  for (const error of errors) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') problems.push(`an error without a code: ${error.message.slice(0, 200)}`);
    else if (code === 'INTERNAL_SERVER_ERROR')
      problems.push(`INTERNAL_SERVER_ERROR at ${error.path?.join('.')}`);
  }
  const sent = new Set(internalsIn(request, stackPorts(stack)));
  const leaked = internalsIn(JSON.stringify(errors), stackPorts(stack)).filter((kind) => !sent.has(kind));
  if (leaked.length)
    problems.push(`internals in errors (${leaked.join(', ')}): ${JSON.stringify(errors).slice(0, 400)}`);
  return problems;
}

/** Sends one request as `caller` and throws (for fast-check to report) when the answer is wrong. */
async function send(
  caller: Caller,
  body: { query: string; variables?: unknown } | string,
  contentType = 'application/json',
): Promise<void> {
  const request = typeof body === 'string' ? body : JSON.stringify(body);
  const answer = await postGraphQL(stack.urls.gateway, request, {
    ...(caller.cookie ? { cookie: caller.cookie } : {}),
    timeoutMs: 20_000,
    contentType,
  });
  const problems = problemsOf(request, answer);
  if (problems.length) throw new Error(`${caller.label}: ${problems.join('; ')}`);
}

/**
 * A digest of every row in the cases, identity and press schemas, table by table; `except`
 * leaves out what the caller may change (rows of their own cases, their own person).
 */
async function digest(except: { cases: string[]; person: string | null } = { cases: [], person: null }) {
  return withCasesDatabase(stack.databaseUrl, async (em) => {
    const columns = await em.execute<{ schema: string; table: string; column: string }[]>(
      `select table_schema as schema, table_name as table, column_name as column
         from information_schema.columns
        where table_schema in ('cases', 'identity', 'press') and table_name not like 'mikro_orm%'`,
    );
    const tables = new Map<string, Set<string>>();
    for (const c of columns) {
      const key = `${c.schema}.${c.table}`;
      tables.set(key, (tables.get(key) ?? new Set()).add(c.column));
    }
    const out: Record<string, string> = {};
    for (const [table, cols] of [...tables].sort()) {
      const filters: string[] = [];
      const params: string[] = [];
      const own = except.cases.length ? except.cases : ['00000000-0000-0000-0000-000000000000'];
      const ownList = own.map(() => '?').join(',');
      const leaveOut = (filter: string, ...values: string[]) => {
        filters.push(filter);
        params.push(...values);
      };
      if (cols.has('case_id')) leaveOut(`t.case_id::text not in (${ownList})`, ...own);
      if (table === 'cases.complaint_case') leaveOut(`t.id::text not in (${ownList})`, ...own);
      // rows of a document on one of the caller's own cases (form answers, waivers, files)
      if (cols.has('document_id')) {
        leaveOut(
          `t.document_id not in (select d.id from cases.document d where d.case_id::text in (${ownList}))`,
          ...own,
        );
      }
      if (except.person && cols.has('person_id'))
        leaveOut('t.person_id is distinct from ?::uuid', except.person);
      if (except.person && table === 'identity.person') leaveOut('t.id <> ?::uuid', except.person);
      const [row] = await em.execute<{ d: string }[]>(
        `select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as d
           from ${table} t ${filters.length ? `where ${filters.join(' and ')}` : ''}`,
        params,
      );
      out[table] = row!.d;
    }
    return out;
  });
}

/** The portal's operations with generated variables, as `caller`. */
function operationsProperty(pick: fc.Arbitrary<Caller>) {
  return fc.asyncProperty(
    pick,
    fc.constantFrom(...operations).chain((op) => variablesArb(schema, op, known).map((v) => ({ op, v }))),
    async (caller, { op, v }) => send(caller, { query: op.text, variables: v }),
  );
}

/** Raw documents (some with garbage variables), as `caller`. */
function rawProperty(pick: fc.Arbitrary<Caller>) {
  return fc.asyncProperty(
    pick,
    rawDocumentArb(schema, known),
    fc.option(
      fc.oneof(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })), fc.jsonValue()),
      {
        freq: 8,
      },
    ),
    async (caller, query, variables) => send(caller, { query, ...(variables === null ? {} : { variables }) }),
  );
}

/** Whole request bodies (not JSON, wrong shapes, wrong content types), as `caller`. */
function bodyProperty(pick: fc.Arbitrary<Caller>) {
  return fc.asyncProperty(pick, rawBodyArb(known), async (caller, { body, contentType }) =>
    send(caller, body, contentType),
  );
}

describe('fuzzing through the gateway', () => {
  it('finds the portal’s operations and the schema to fuzz them with', () => {
    expect(operations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'StartPage',
        'CasePage',
        'RegisterCase',
        'SendCaseComments',
        'LogPressInquiry',
      ]),
    );
    expect(operations.filter((o) => o.variables.length > 0).length).toBeGreaterThan(10);
    expect(schema.get('RegisterCaseInput')?.inputFields?.length).toBeGreaterThan(0);
    expect(perCases.length).toBeGreaterThan(0);
  });

  it('counterexamples: an id that is not a UUID, or text with a NUL, is BAD_USER_INPUT, for every caller, never INTERNAL_SERVER_ERROR', async () => {
    const text = (name: string) => operations.find((o) => o.name === name)!.text;
    const cases: [Caller, string, Record<string, unknown>][] = [
      [callers.citizen, 'CasePage', { id: '-1', language: 'NB' }],
      [callers.citizen, 'CasePage', { id: '12345678901', language: 'NB' }],
      [callers.citizen, 'ChangeCaseContact', { caseId: '+4791234567', mobile: null, email: null }],
      [callers.citizen, 'SendCaseComments', { caseId: '26/00102', comments: 'Hei' }],
      [callers.citizen, 'RevokeWaiver', { waiverId: '0' }],
      [
        callers.citizen,
        'GiveWaiver',
        { input: { caseId: '', journalist: 'Rita Demo', newsroom: 'Eksempel-TV' } },
      ],
      [callers.caseOfficer, 'StaffCase', { id: 'ØØØ', language: 'NB' }],
      [callers.caseOfficer, 'RevokeWaiver', { waiverId: '' }],
      [callers.pressOfficer, 'SetPressInquiryStatus', { id: '', status: 'CLOSED' }],
      // text with a NUL character (PostgreSQL cannot store it): seed -608421019 in CI
      [
        callers.citizen,
        'SendCaseComments',
        { caseId: '6f1d2c1e-0001-4a6b-9d3e-000000000002', comments: '\u0000' },
      ],
    ];
    for (const [caller, name, variables] of cases) {
      const answer = await postGraphQL(
        stack.urls.gateway,
        { query: text(name), variables },
        { ...(caller.cookie ? { cookie: caller.cookie } : {}) },
      );
      expect(answer.status, `${caller.label} ${name}`).toBe(200);
      const codes = (JSON.parse(answer.text) as GraphQLBody).errors?.map((e) => e.extensions?.code);
      expect(codes?.length, `${caller.label} ${name}`).toBeGreaterThan(0);
      expect(new Set(codes), `${caller.label} ${name}`).toEqual(new Set(['BAD_USER_INPUT']));
    }
  });

  it('anonymous callers: the portal’s operations with any variables, and raw documents, change nothing', async () => {
    const before = await digest();
    await fc.assert(operationsProperty(fc.constant(callers.anonymous)), { numRuns: RUNS.operations });
    await fc.assert(rawProperty(fc.constant(callers.anonymous)), { numRuns: RUNS.raw });
    await fc.assert(bodyProperty(fc.constant(callers.anonymous)), { numRuns: RUNS.bodies });
    expect(await digest()).toEqual(before);
    expectEveryProcessAlive(stack);
  }, 120_000);

  it('a citizen: the portal’s operations with any variables change nothing of anyone else’s', async () => {
    const before = await digest({ cases: perCases, person: perId });
    await fc.assert(operationsProperty(fc.constant(callers.citizen)), { numRuns: RUNS.operations });
    expect(await digest({ cases: perCases, person: perId })).toEqual(before);
    expectEveryProcessAlive(stack);
  }, 120_000);

  it('staff: the portal’s operations with any variables, and raw documents', async () => {
    const staff = fc.constantFrom(callers.caseOfficer, callers.pressOfficer);
    await fc.assert(operationsProperty(staff), { numRuns: RUNS.operations });
    await fc.assert(rawProperty(staff), { numRuns: RUNS.raw });
    await fc.assert(bodyProperty(staff), { numRuns: RUNS.bodies });
    expectEveryProcessAlive(stack);
  }, 120_000);
});
