/** The one Result shape used everywhere for expected outcomes (navikt/oasis, graphql-hive/console). */
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<C extends string> = { readonly ok: false; readonly code: C; readonly detail?: string };
export type Result<T, C extends string> = Ok<T> | Err<C>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = <C extends string>(code: C, detail?: string): Err<C> =>
  detail === undefined ? { ok: false, code } : { ok: false, code, detail };
