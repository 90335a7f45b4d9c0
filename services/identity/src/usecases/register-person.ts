import { hasStaffRole } from '@klageportal/federation';
import { err, ok, type Result } from '@klageportal/kit';
import type { Context } from '../context.js';
import { type FnrError, parseFodselsnummer } from '../domain/fodselsnummer.js';
import type { Person } from '../domain/person.js';
import { findOrCreatePersonByFnr } from '../store/person.store.js';

export type RegisterPersonRefusal = 'FORBIDDEN' | 'INVALID_NAME' | FnrError;

/**
 * A case officer registers a party: the person is found by fødselsnummer, or created with the
 * name given (an existing person keeps their name). The cases service gets only the person id,
 * so it never holds a fødselsnummer. Only case officers may, and the log names neither.
 */
export async function registerPerson(
  ctx: Context,
  input: { fodselsnummer: string; name: string },
  now: Date,
): Promise<Result<Person, RegisterPersonRefusal>> {
  if (!hasStaffRole(ctx.principal, 'case_officer')) return err('FORBIDDEN');
  if (!ctx.vault) throw new Error('identity: registerPerson needs the fnr vault in the context');
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name.length < 2 || name.length > 200) return err('INVALID_NAME');
  const fnr = parseFodselsnummer(input.fodselsnummer, { allowSynthetic: ctx.allowSyntheticFnr ?? false });
  if (!fnr.ok) return fnr;
  const { person, created } = await findOrCreatePersonByFnr(ctx.em, ctx.vault, fnr.value, name, now);
  ctx.log.info({ created }, 'person registered for a case');
  return ok(person);
}
