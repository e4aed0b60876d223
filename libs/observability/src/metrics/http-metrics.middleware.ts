import type { IncomingMessage, ServerResponse } from 'node:http';
import { metrics } from './metric-families';

type RoutedRequest = IncomingMessage & { baseUrl?: string; route?: { path?: string } };

/**
 * Times every request and labels it by its route pattern (`/api/funds/:fundId/claims`), which
 * Express knows only once a handler matched: read at the end, not the start. Unmatched paths share
 * one label, so a scan of random URLs cannot blow up the series count.
 */
export const httpMetricsMiddleware = (req: RoutedRequest, res: ServerResponse, next: () => void): void => {
  const stop = metrics.httpDuration.startTimer();
  res.once('finish', () => {
    const route = req.route?.path ? `${req.baseUrl ?? ''}${req.route.path}` : 'unmatched';
    stop({ method: req.method ?? 'GET', route, status: String(res.statusCode) });
  });
  next();
};
