import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { GatewayContext } from './context.js';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** At most this many distinct operation names become labels; others count as `other`. */
const MAX_OPERATION_LABELS = 200;
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Prometheus metrics of the gateway: requests by operation and outcome, their latency, errors by
 * code, and every subgraph fetch's latency by subgraph and outcome; plus the process's defaults.
 * Operation names are labels only when well-formed, and only the first MAX_OPERATION_LABELS
 * (a client cannot blow up the label set); never a variable, a principal or a path.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'klageportal_gateway_' });
  const requests = new Counter({
    name: 'klageportal_gateway_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, error).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'klageportal_gateway_request_duration_seconds',
    help: 'GraphQL request latency by operation name.',
    labelNames: ['operation'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'klageportal_gateway_errors_total',
    help: 'Errors answered, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const subgraphs = new Histogram({
    name: 'klageportal_gateway_subgraph_duration_seconds',
    help: 'Subgraph fetch latency by subgraph and outcome (ok, error).',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  const subgraphUp = new Gauge({
    name: 'klageportal_gateway_subgraph_up',
    help: 'Whether the subgraph answered its readiness check (1) or not (0), as of the last check.',
    labelNames: ['subgraph'] as const,
    registers: [registry],
  });
  const seen = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (!seen.has(name)) {
      if (seen.size >= MAX_OPERATION_LABELS) return 'other';
      seen.add(name);
    }
    return name;
  };

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      const started = performance.now();
      let failed = false;
      return {
        async didEncounterErrors({ errors: list }) {
          failed = true;
          for (const error of list)
            errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
        async willSendResponse({ operationName }) {
          const operation = operationLabel(operationName);
          requests.inc({ operation, outcome: failed ? 'error' : 'ok' });
          duration.observe({ operation }, (performance.now() - started) / 1000);
        },
      };
    },
  };

  return {
    registry,
    plugin,
    /** A request refused before GraphQL ran (trusted documents, rate limits), by its code. */
    countRefusal(code: string) {
      errors.inc({ code });
    },
    observeSubgraphUp(subgraph: string, up: boolean) {
      subgraphUp.set({ subgraph }, up ? 1 : 0);
    },
    observeSubgraph(subgraph: string, seconds: number, ok: boolean) {
      subgraphs.observe({ subgraph, outcome: ok ? 'ok' : 'error' }, seconds);
    },
    /** GET /metrics, for a scraper on this host (loopback) or one holding the token. */
    route(token: string | null): express.RequestHandler {
      return async (req, res) => {
        const loopback = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');
        const bearer = req.headers.authorization === `Bearer ${token}`;
        if (token ? !bearer : !loopback) {
          res.status(404).end();
          return;
        }
        res.setHeader('Content-Type', registry.contentType);
        res.setHeader('Cache-Control', 'no-store');
        res.end(await registry.metrics());
      };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
