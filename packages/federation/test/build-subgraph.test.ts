import { execute, parse } from 'graphql';
import { Arg, Directive, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildSubgraph, printSdl, requestIdOf } from '../src/index.js';

@ObjectType('Widget')
@Directive('@key(fields: "id")')
class Widget {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;
}

@InputType('MoveWidgetInput')
class MoveWidgetInput {
  @Field(() => ID)
  widgetId!: string;

  @Field(() => [ID], { nullable: true })
  nextTo?: string[] | null;

  @Field(() => String)
  note!: string;
}

/** What the resolvers below were called with (a refused argument never gets here). */
const seen: unknown[] = [];

@Resolver()
class WidgetResolver {
  @Query(() => [Widget])
  widgets(): Widget[] {
    return [];
  }

  @Query(() => Widget, { nullable: true })
  widget(@Arg('id', () => ID) id: string): Widget | null {
    seen.push(id);
    return null;
  }

  @Query(() => Boolean)
  actFor(@Arg('personId', () => ID, { nullable: true }) personId: string | null): boolean {
    seen.push(personId);
    return true;
  }

  @Mutation(() => Boolean)
  moveWidget(@Arg('input', () => MoveWidgetInput) input: MoveWidgetInput): boolean {
    seen.push(input.widgetId);
    return true;
  }
}

type Ctx = { calls: string[] };

const schema = await buildSubgraph<Ctx>({
  resolvers: [WidgetResolver],
  references: {
    Widget: (ref, ctx) => {
      ctx.calls.push(String(ref.id));
      return { id: ref.id, label: `widget ${ref.id}` };
    },
  },
});

describe('buildSubgraph', () => {
  it('prints Federation 2 SDL with the keys set by @Directive', () => {
    const sdl = printSdl(schema);
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toMatch(/type Widget\s+@key\(fields: "id"\)/);
  });

  it('resolves entity references through the given reference resolver, with the request context', async () => {
    const ctx: Ctx = { calls: [] };
    const result = await execute({
      schema,
      document: parse(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Widget { id label } } }',
      ),
      variableValues: { r: [{ __typename: 'Widget', id: 'w1' }] },
      contextValue: ctx,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ id: 'w1', label: 'widget w1' }] });
    expect(ctx.calls).toEqual(['w1']);
  });
});

describe('ID arguments', () => {
  const UUID = '6f1d2c1e-0001-4a6b-9d3e-000000000001';
  const run = async (query: string, variables: Record<string, unknown>) => {
    seen.length = 0;
    return execute({
      schema,
      document: parse(query),
      variableValues: variables,
      contextValue: { calls: [] },
    });
  };

  it('reach the resolver when they are UUIDs (or null where null is allowed)', async () => {
    expect((await run('query($id: ID!) { widget(id: $id) { id } }', { id: UUID })).errors).toBeUndefined();
    expect((await run('{ actFor(personId: null) }', {})).data).toEqual({ actFor: true });
    const moved = await run('mutation($i: MoveWidgetInput!) { moveWidget(input: $i) }', {
      i: { widgetId: UUID, nextTo: [UUID.toUpperCase()], note: 'not an id: 26/00101' },
    });
    expect(moved.errors).toBeUndefined();
    expect(seen).toEqual([UUID]);
  });

  it.each([
    ['empty', ''],
    ['a number', '-1'],
    ['a case number', '26/00101'],
    ['a fødselsnummer-shaped string', '12345678901'],
    ['a UUID with more after it', `${UUID}x`],
    ['unicode', 'ØØØ'],
  ])('are refused as BAD_USER_INPUT before the resolver runs when not a UUID: %s', async (_, bad) => {
    for (const [query, variables] of [
      ['query($id: ID!) { widget(id: $id) { id } }', { id: bad }],
      ['query($id: ID) { actFor(personId: $id) }', { id: bad }],
      ['mutation($i: MoveWidgetInput!) { moveWidget(input: $i) }', { i: { widgetId: bad, note: '' } }],
      [
        'mutation($i: MoveWidgetInput!) { moveWidget(input: $i) }',
        { i: { widgetId: UUID, nextTo: [UUID, bad], note: '' } },
      ],
    ] as const) {
      const result = await run(query, variables);
      expect(result.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).not.toContain(bad || '""');
      expect(seen).toEqual([]);
    }
  });
});

describe('text arguments', () => {
  const UUID = '6f1d2c1e-0001-4a6b-9d3e-000000000001';
  it('with a NUL character are refused as BAD_USER_INPUT before the resolver runs (PostgreSQL cannot store it)', async () => {
    seen.length = 0;
    const result = await execute({
      schema,
      document: parse('mutation($i: MoveWidgetInput!) { moveWidget(input: $i) }'),
      variableValues: { i: { widgetId: UUID, note: 'a\u0000b' } },
      contextValue: { calls: [] },
    });
    expect(result.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(seen).toEqual([]);
    const fine = await execute({
      schema,
      document: parse('mutation($i: MoveWidgetInput!) { moveWidget(input: $i) }'),
      variableValues: { i: { widgetId: UUID, note: 'æøå \u0001 ok' } },
      contextValue: { calls: [] },
    });
    expect(fine.errors).toBeUndefined();
  });
});

describe('requestIdOf', () => {
  const req = (id?: string) => ({ headers: id === undefined ? {} : { 'x-request-id': id } }) as never;
  it('keeps a well-formed request id from the gateway', () => {
    expect(requestIdOf(req('5f0c1d2e-aaaa-bbbb-cccc-0123456789ab'))).toBe(
      '5f0c1d2e-aaaa-bbbb-cccc-0123456789ab',
    );
  });
  it.each(['', 'short', 'x'.repeat(65), 'abc\ndef-injected-line', '01010012345 Kari Nordmann'])(
    'replaces a missing or malformed one (%j)',
    (bad) => {
      const id = requestIdOf(req(bad));
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    },
  );
});
