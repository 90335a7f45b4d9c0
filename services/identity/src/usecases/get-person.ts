import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import type { Person } from '../domain/person.js';

/** A person's data is personal data: refused to callers nobody vouches for. */
export async function getPerson(
  ctx: Context,
  id: string,
): Promise<Result<Person, 'UNAUTHENTICATED' | 'NOT_FOUND'>> {
  if (ctx.principal.kind === 'anonymous') return err('UNAUTHENTICATED');
  const person = await ctx.loaders.personById.load(id);
  return person ? ok(person) : err('NOT_FOUND');
}
