import type { Context } from '../context.js';

export type Viewer = { authenticated: boolean; personId: string | null };

/** Who is looking. Every caller is anonymous until ID-porten login exists. */
export function getViewer(ctx: Context): Viewer {
  const { principal } = ctx;
  return principal.kind === 'citizen'
    ? { authenticated: true, personId: principal.personId }
    : { authenticated: principal.kind !== 'anonymous', personId: null };
}
