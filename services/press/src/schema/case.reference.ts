import type { CaseObject } from './case.type.js';

/**
 * A case reference from the gateway: its case number and, for `pressDisclosure`, the fields that
 * field requires from the cases subgraph. Nothing is read here; the field decides who may see it.
 */
export function resolveCaseReference(reference: Record<string, unknown>): CaseObject {
  return reference as unknown as CaseObject;
}
