import type { NextFunction, Request, Response } from 'express';
import { WebAsset } from './web-app-bundle';

/**
 * Serves the built web application: its assets by path, and index.html for every other page
 * address outside the API, so that a link to a page (`/`, `/app`, `/th`) opens the application.
 */
export const webAppRoutes =
  (assets: Map<string, WebAsset>) =>
  (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (request.path.startsWith('/api/') || request.path === '/api' || request.path === '/health' || request.path === '/metrics')
      return next();
    const asset = assets.get(request.path) ?? (request.path.startsWith('/assets/') ? undefined : assets.get('/index.html'));
    if (asset === undefined) return next();
    response.setHeader('content-type', asset.contentType);
    // Fonts and bundles are named by content hash or rebuilt per start; the page itself is not cached.
    response.setHeader('cache-control', request.path.startsWith('/assets/fonts/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    response.end(Buffer.from(asset.contents));
  };
