import type { RouteDeps } from '@klageportal/federation';
import type { Express } from 'express';
import type { Context, StatsDeps } from '../context.js';
import { openDataCsv, openDataJson } from '../domain/open-data.js';
import { getCourtCases, getYear } from '../usecases/statistics.js';

const FILE = /^statistikk-(\d{4})\.(json|csv)$/;

/**
 * Open data: the same figures as the GraphQL API, per calendar year, as JSON and CSV with a stable
 * schema (`GET /open-data/statistikk-2026.json|csv`; the gateway forwards `/open-data/*` here).
 * Suppressed figures are empty (CSV) or null (JSON), never left out.
 */
export function openDataRoutes(_deps: StatsDeps) {
  return (app: Express, { withContext }: RouteDeps<Context>) => {
    app.get(
      '/open-data/:file',
      withContext(async (ctx, req, res) => {
        const match = FILE.exec(String(req.params.file));
        const year = match ? Number(match[1]) : Number.NaN;
        if (!match || year < 1990 || year > 9999) {
          res.status(404).json({ error: 'NOT_FOUND' });
          return;
        }
        const [statistics, court] = await Promise.all([getYear(ctx, year), getCourtCases(ctx)]);
        res.setHeader('Cache-Control', 'public, max-age=300');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        if (match[2] === 'json') {
          res.setHeader('Content-Disposition', `inline; filename="statistikk-${year}.json"`);
          res.json(openDataJson(statistics, court));
        } else {
          res.setHeader('Content-Type', 'text/csv; charset=utf-8');
          res.setHeader('Content-Disposition', `attachment; filename="statistikk-${year}.csv"`);
          res.send(openDataCsv(statistics, court));
        }
      }),
    );
  };
}
