import type { Context } from '../context.js';

export type Viewer = { authenticated: boolean; personId: string | null };

/** Who is looking. Every caller is anonymous until ID-porten login exists. */
export function getViewer(ctx: Context): Viewer {
  switch (ctx.principal.kind) {
    case 'anonymous':
      return { authenticated: false, personId: null };
  }
}
