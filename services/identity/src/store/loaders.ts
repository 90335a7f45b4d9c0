import { orderByKeys } from '@klageportal/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Consent } from '../domain/consent.js';
import type { ContactPoint } from '../domain/contact-point.js';
import type { Mandate } from '../domain/mandate.js';
import type { Person } from '../domain/person.js';
import { findConsents } from './consent.store.js';
import { findContactPointsForPersons } from './contact-point.store.js';
import { findMandatesForAgents, findMandatesForPrincipals } from './mandate.store.js';
import { findPersonsByIds } from './person.store.js';

/** Groups rows under the keys asked for, in the keys' order; a key without rows gets []. */
function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/** Per-request loaders: one SQL statement per batch. */
export function createLoaders(em: EntityManager) {
  return {
    personById: new DataLoader<string, Person | null>(async (ids) =>
      orderByKeys(ids, await findPersonsByIds(em, ids), (p) => p.id),
    ),
    contactPointsByPersonId: new DataLoader<string, ContactPoint[]>(async (ids) =>
      groupByKeys(ids, await findContactPointsForPersons(em, ids), (c) => c.personId),
    ),
    consentByPersonId: new DataLoader<string, Consent | null>(async (ids) =>
      orderByKeys(ids, await findConsents(em, ids), (c) => c.personId),
    ),
    /** Mandates where the person is the agent (whom they may act for), any dates. */
    mandatesByAgentId: new DataLoader<string, Mandate[]>(async (ids) =>
      groupByKeys(ids, await findMandatesForAgents(em, ids), (m) => m.agentPersonId),
    ),
    /** Mandates where the person is the principal (who may act for them), any dates. */
    mandatesByPrincipalId: new DataLoader<string, Mandate[]>(async (ids) =>
      groupByKeys(ids, await findMandatesForPrincipals(em, ids), (m) => m.principalPersonId),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
