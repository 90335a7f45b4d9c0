/**
 * Who is calling, as the gateway vouches for it. Until the gateway issues internal tokens
 * (identity issue), every caller is anonymous: no subgraph serves personal data to anyone yet.
 */
export type Principal = { readonly kind: 'anonymous' };

export const anonymous: Principal = Object.freeze({ kind: 'anonymous' });
