import { execute, parse } from 'graphql';
import { Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
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

@Resolver()
class WidgetResolver {
  @Query(() => [Widget])
  widgets(): Widget[] {
    return [];
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
