// Build-time only: the subgraphs' current SDL, printed from their code. The running gateway
// never imports this file; it reads the committed supergraph.
import { printSdl } from '@klageportal/federation';
import type { SubgraphSdl } from './supergraph.js';

const DEV_URLS = {
  identity: 'http://127.0.0.1:4101/graphql',
  cases: 'http://127.0.0.1:4102/graphql',
  press: 'http://127.0.0.1:4103/graphql',
  stats: 'http://127.0.0.1:4104/graphql',
};

export async function currentSubgraphs(): Promise<SubgraphSdl[]> {
  const services = {
    identity: await import('@klageportal/identity'),
    cases: await import('@klageportal/cases'),
    press: await import('@klageportal/press'),
    stats: await import('@klageportal/stats'),
  };
  return Promise.all(
    Object.entries(services).map(async ([name, service]) => ({
      name,
      url: DEV_URLS[name as keyof typeof DEV_URLS],
      sdl: printSdl(await service.buildSchema()),
    })),
  );
}
