import { readdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '@klageportal/devstack';
import fc from 'fast-check';

/**
 * Generators for fuzzing the gateway with fast-check: variables for the portal's own operations
 * (well-typed from the schema, or wrong in every way a caller can make them), GraphQL documents
 * built from the schema, and garbled text.
 */

export type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
export type SchemaType = {
  kind: string;
  name: string;
  enumValues: { name: string }[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
  fields: { name: string; args: { name: string; type: TypeRef }[]; type: TypeRef }[] | null;
};
export type Schema = Map<string, SchemaType>;

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';

/** The introspection query (staff only at the gateway) for what the generators need. */
export const SCHEMA_QUERY = `query FuzzSchema { __schema { types { kind name
  enumValues { name }
  inputFields { name type { ${TYPE_REF} } }
  fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } }
} } }`;

export function toSchema(types: SchemaType[]): Schema {
  return new Map(types.map((t) => [t.name, t]));
}

export type Operation = { name: string; kind: 'query' | 'mutation'; text: string; variables: Variable[] };
export type Variable = { name: string; type: TypeRef };

const OPERATION = /^\s*(query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([^)]*)\))?/;

/**
 * Every GraphQL operation the portal's API modules export (apps/portal/src/api/*.ts), exactly as
 * the portal sends it: the same collection as the portal's trusted-documents test.
 */
export async function portalOperations(): Promise<Operation[]> {
  const dir = `${repoRoot}apps/portal/src/api/`;
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
  const found = new Map<string, Operation>();
  for (const file of files) {
    // a path computed at run time: the type checker does not follow it into the portal's sources
    const exports = (await import(/* @vite-ignore */ pathToFileURL(`${dir}${file}`).href)) as Record<
      string,
      unknown
    >;
    for (const value of Object.values(exports)) {
      if (typeof value !== 'string') continue;
      const match = OPERATION.exec(value);
      if (!match) continue;
      found.set(value, {
        kind: match[1] as Operation['kind'],
        name: match[2]!,
        text: value,
        variables: parseVariables(match[3] ?? ''),
      });
    }
  }
  return [...found.values()];
}

/** `$id: ID!, $filter: CaseFilter` → names and types (the portal's operations have no defaults). */
export function parseVariables(definitions: string): Variable[] {
  return definitions
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const match = /^\$([A-Za-z_]\w*)\s*:\s*([^=]+?)\s*(=.*)?$/.exec(d);
      if (!match) throw new Error(`cannot read variable definition ${d}`);
      return { name: match[1]!, type: parseType(match[2]!) };
    });
}

function parseType(text: string): TypeRef {
  const t = text.trim();
  if (t.endsWith('!')) return { kind: 'NON_NULL', name: null, ofType: parseType(t.slice(0, -1)) };
  if (t.startsWith('[') && t.endsWith(']'))
    return { kind: 'LIST', name: null, ofType: parseType(t.slice(1, -1)) };
  return { kind: 'NAMED', name: t, ofType: null };
}

/** Strings a hostile or careless caller sends; `known` adds ids and numbers that exist. */
const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\uffff',
  '\u202e\u0041',
  '🙂👩‍👩‍👧‍👦',
  'ÆØÅæøå',
  "' OR '1'='1",
  "'; drop table cases.complaint_case; --",
  '"); select pg_sleep(5); --',
  '\\',
  '%00',
  '%s%s%s%n',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as it is
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  'true',
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '6f1d2c1e-0001-4a6b-9d3e-00000000000',
  '26/00101',
  '26/99999',
  '99/99999',
  '00/00000',
  '1/1',
  '12345678901',
  '00000000000',
  '99999999999',
  '+4791234567',
  'a@b',
  'sha256:00',
  '2026-02-30',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '0000-01-01T00:00:00Z',
  '2026-01-01T00:00:00+25:00',
  'x'.repeat(10_000),
];

/** Values that exist in the stack: ids (UUIDs) of cases and persons, case numbers. */
export type Known = { strings: string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An `ID`: mostly one that exists (so the resolvers run), sometimes anything. */
function idArb(known: Known): fc.Arbitrary<string> {
  const ids = known.strings.filter((s) => UUID.test(s));
  return fc.oneof(
    { weight: 3, arbitrary: ids.length ? fc.constantFrom(...ids) : fc.uuid() },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: stringArb(known) },
  );
}

export function stringArb(known: Known): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY, ...known.strings) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    // long enough to reach the store's limits, short enough to stay under the 100 kB body limit
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 40_000 }).map((n) => 'Ø'.repeat(n)) },
  );
}

const EXTREME_NUMBERS = [
  0,
  -1,
  1,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e300,
  -1e300,
  0.5,
  -0,
  1990,
  2026,
  9999,
  10_000,
];

export function intArb(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(...EXTREME_NUMBERS),
    fc.integer({ min: -5, max: 120 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
}

/** A value of no particular type: what a caller sends when it gets the type wrong. */
export function garbageArb(known: Known): fc.Arbitrary<unknown> {
  const deep = fc.integer({ min: 1, max: 300 }).map((depth) => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
    return value;
  });
  return fc.oneof(
    fc.constant(null),
    fc.boolean(),
    intArb(),
    stringArb(known),
    fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
    fc.dictionary(stringArb(known), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
    fc.jsonValue({ maxDepth: 3 }),
    deep,
    fc.constant(Array.from({ length: 2_000 }, (_, i) => i)),
  );
}

function unwrap(type: TypeRef): { nonNull: boolean; list: TypeRef | null; named: string } {
  if (type.kind === 'NON_NULL') return { ...unwrap(type.ofType!), nonNull: true };
  if (type.kind === 'LIST') return { nonNull: false, list: type.ofType, named: '' };
  return { nonNull: false, list: null, named: type.name! };
}

/** A value for a variable of `type`: mostly well-typed from the schema, sometimes anything at all. */
export function valueArb(schema: Schema, type: TypeRef, known: Known, depth = 0): fc.Arbitrary<unknown> {
  const garbage = garbageArb(known);
  if (depth > 3) return garbage;
  return fc.oneof(
    { weight: 4, arbitrary: typedArb(schema, type, known, depth) },
    { weight: 1, arbitrary: garbage },
  );
}

function typedArb(schema: Schema, type: TypeRef, known: Known, depth: number): fc.Arbitrary<unknown> {
  const { list, named } = unwrap(type);
  if (list) return fc.array(valueArb(schema, list, known, depth + 1), { maxLength: 4 });
  const def = schema.get(named);
  switch (def?.kind ?? 'SCALAR') {
    case 'ENUM':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...def!.enumValues!.map((v) => v.name)) },
        { weight: 1, arbitrary: stringArb(known) },
      );
    case 'INPUT_OBJECT': {
      const fields = def!.inputFields!;
      const record = recordArb(
        Object.fromEntries(fields.map((f) => [f.name, valueArb(schema, f.type, known, depth + 1)])),
      );
      const extra = fc.option(
        fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
        {
          freq: 5,
        },
      );
      return fc.tuple(record, extra).map(([r, e]) => ({ ...(e ?? {}), ...r }));
    }
    default:
      switch (named) {
        case 'Int':
          return intArb();
        case 'Float':
          return fc.oneof(intArb(), fc.double({ noNaN: true, noDefaultInfinity: true }));
        case 'Boolean':
          return fc.boolean();
        case 'ID':
          return idArb(known);
        case 'DateTime':
          return fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            fc
              .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
              .map((d) => d.toISOString()),
            stringArb(known),
          );
        default:
          return stringArb(known);
      }
  }
}

/** An object with every key, mostly; sometimes with keys left out. */
function recordArb(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.oneof(
    { weight: 9, arbitrary: fc.record(fields) },
    { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) },
  );
}

/** Variables for one operation: usually an object of its variables (some left out), rarely not an object. */
export function variablesArb(schema: Schema, operation: Operation, known: Known): fc.Arbitrary<unknown> {
  const record = recordArb(
    Object.fromEntries(operation.variables.map((v) => [v.name, valueArb(schema, v.type, known)])),
  );
  return fc.oneof({ weight: 12, arbitrary: record }, { weight: 1, arbitrary: garbageArb(known) });
}

/* ---------- raw documents ---------- */

/** A GraphQL literal for a generated value (strings quoted as JSON, which GraphQL reads alike). */
function literal(value: unknown, enumNames: string[] = []): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return enumNames.includes(value) ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v)).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .filter(([k]) => /^[A-Za-z_]\w*$/.test(k))
    .map(([k, v]) => `${k}: ${literal(v)}`)
    .join(', ')}}`;
}

/** A selection of `type` from the schema, `depth` levels down at most. */
function selectionArb(schema: Schema, type: TypeRef, depth: number): fc.Arbitrary<string> {
  let named = type;
  while (named.ofType) named = named.ofType;
  const def = schema.get(named.name!);
  if (!def || (def.kind !== 'OBJECT' && def.kind !== 'INTERFACE')) return fc.constant('');
  const fields = (def.fields ?? []).filter((f) => depth > 0 || isLeaf(schema, f.type));
  if (fields.length === 0) return fc.constant('{ __typename }');
  return fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(4, fields.length) })
    .chain((chosen) =>
      fc.tuple(...chosen.map((f) => selectionArb(schema, f.type, depth - 1).map((s) => `${f.name} ${s}`))),
    )
    .map((parts) => `{ ${parts.join(' ')} }`);
}

function isLeaf(schema: Schema, type: TypeRef): boolean {
  let named = type;
  while (named.ofType) named = named.ofType;
  const kind = schema.get(named.name!)?.kind;
  return kind === 'SCALAR' || kind === 'ENUM';
}

/** One root field of Query or Mutation with generated arguments (as literals) and a selection. */
export function schemaDocumentArb(schema: Schema, known: Known): fc.Arbitrary<string> {
  const roots = (['Query', 'Mutation'] as const).flatMap((root) =>
    (schema.get(root)?.fields ?? []).filter((f) => !f.name.startsWith('_')).map((f) => ({ root, field: f })),
  );
  return fc.constantFrom(...roots).chain(({ root, field }) =>
    fc
      .tuple(
        fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueArb(schema, a.type, known)])), {
          requiredKeys: [],
        }),
        selectionArb(schema, field.type, 2),
      )
      .map(([args, selection]) => {
        const enumNames = [...schema.values()].flatMap((t) => t.enumValues?.map((v) => v.name) ?? []);
        const list = Object.entries(args).map(([k, v]) => `${k}: ${literal(v, enumNames)}`);
        return `${root === 'Mutation' ? 'mutation' : 'query'} Fuzz { ${field.name}${
          list.length ? `(${list.join(', ')})` : ''
        } ${selection} }`;
      }),
  );
}

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '=',
  '!',
  '$',
  '@',
  '...',
  '|',
  '&',
  ',',
  '"',
  '"""',
  '#',
  '\n',
  '\u0000',
  '\ufeff',
  '\ud800',
  '🙂',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'schema',
  'extend',
  'type',
  'directive',
  '@skip(if: true)',
  '@include(if: false)',
  '@defer',
  '@stream',
  '__schema',
  '__type(name: "Case")',
  '__typename',
  'viewer',
  'case',
  'cases',
  'statistics',
  'pressService',
  'caseTypes',
  'registerCase',
  'id',
  'x',
  'a: b',
  '$v',
  '1',
  '-0',
  '1e999',
  '-1e999',
  '99999999999999999999999999999999',
  '0x10',
  'true',
  'null',
  '"\\u0000"',
  '"\\uD800"',
  '"unterminated',
];

/** GraphQL-shaped text that is (mostly) wrong: token soup, garble, nesting, aliases, numbers. */
export function rawDocumentArb(schema: Schema, known: Known): fc.Arbitrary<string> {
  return fc.oneof(
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(' ')),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    // deep nesting: selections, lists in arguments, input objects
    fc
      .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('sel', 'list', 'object'))
      .map(([n, kind]) =>
        kind === 'sel'
          ? `{ ${'viewer { '.repeat(n)}x${' }'.repeat(n)} }`
          : kind === 'list'
            ? `{ statistics(year: ${'['.repeat(n)}1${']'.repeat(n)}) { year } }`
            : `{ cases(filter: ${'{a: '.repeat(n)}1${'}'.repeat(n)}) { totalCount } }`,
      ),
    // many aliases, many fields, many fragments, many directives. Fragment chains stay short of
    // long fragment chains: ~1,700 spreads once overflowed the depth check's stack (500); now
    // refused by the parser's token limit or the depth limit
    fc
      .tuple(fc.integer({ min: 1, max: 3_000 }), fc.constantFrom('alias', 'field', 'fragment', 'directive'))
      .map(([n, kind]) => {
        const many = (f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');
        if (kind === 'alias') return `{ ${many((i) => `a${i}: pressService { openNow }`)} }`;
        if (kind === 'field') return `{ ${many(() => '__typename')} }`;
        if (kind === 'directive') return `{ __typename ${many(() => '@skip(if: false)')} }`;
        if (n % 7 === 0) return '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }';
        const chain = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join(
          ' ',
        );
        return `{ ...F0 } ${chain} fragment F${n} on Query { __typename }`;
      }),
    // huge or odd numbers where the schema wants an Int
    fc
      .constantFrom(
        '99999999999999999999',
        '1e999',
        '-1e999',
        '0.5',
        '-0',
        '2147483648',
        '-2147483649',
        '1_000',
      )
      .map((n) => `{ statistics(year: ${n}) { year received } }`),
    schemaDocumentArb(schema, known),
  );
}

/**
 * Whole request bodies as they reach the gateway: JSON of the wrong shape, fields of the wrong
 * types, batches, deep nesting, duplicate and prototype keys under a JSON content type; anything
 * at all under other content types.
 * Also bodies that are not a JSON object under a JSON content type, and unsupported charsets
 * (these once got express's HTML error page with a stack trace).
 */
export function rawBodyArb(known: Known): fc.Arbitrary<{ body: string; contentType: string }> {
  const shaped = fc.oneof(
    fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }),
    fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
    fc.record(
      {
        query: fc.oneof(
          garbageArb(known),
          fc.constantFrom('{ __typename }', 'query Q { viewer { authenticated } }'),
        ),
        variables: garbageArb(known),
        operationName: garbageArb(known),
        extensions: fc.oneof(
          garbageArb(known),
          fc.record({ persistedQuery: fc.record({ version: intArb(), sha256Hash: stringArb(known) }) }),
        ),
        documentId: stringArb(known),
      },
      { requiredKeys: [] },
    ),
    fc.array(fc.record({ query: fc.constant('{ __typename }') }), { maxLength: 3 }),
  );
  const json = fc.oneof(
    shaped.map((v) => JSON.stringify(v)),
    fc
      .integer({ min: 1, max: 5_000 })
      .map((n) => `{"query": "{ __typename }", "variables": {"a": ${'['.repeat(n)}${']'.repeat(n)}}}`),
    fc.constantFrom(
      '{}',
      '[]',
      '{"query": "\\ud800"}',
      '{"query": "{ __typename }", "query": "{ viewer { authenticated } }"}',
      '{"__proto__": {"query": "{ __typename }"}}',
      '{"constructor": {"prototype": {"polluted": true}}, "query": "{ __typename }"}',
      '{"query": "{ __typename }", "variables": "{\\"a\\": 1}"}',
    ),
  );
  const anything = fc.oneof(
    json,
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom('', '{', 'null', '1e999', 'query=%7B__typename%7D', '\u0000'),
  );
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        body: fc.oneof({ weight: 4, arbitrary: json }, { weight: 1, arbitrary: anything }),
        contentType: fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'application/json; charset=latin1',
          'application/json; charset=utf-16',
        ),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        body: anything,
        contentType: fc.constantFrom(
          'application/graphql-response+json',
          'application/x-www-form-urlencoded',
          'text/plain',
          'multipart/form-data; boundary=x',
          'application/octet-stream',
        ),
      }),
    },
  );
}
