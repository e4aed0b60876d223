import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { DEFAULT_DOWNSTREAM, DownstreamOptions } from '../downstream/downstream-options';
import { createGatewayApp, GatewayAppOptions } from '../gateway-app';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real HTTP server standing in for a service: it records what it was sent and answers as told. */
export const startDownstream = async (answer: (request: SeenRequest, response: ServerResponse) => void) => {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString(),
      };
      seen.push(received);
      answer(received, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url, seen, close };
};

/** An address where nothing listens: a port just bound and released. */
export const closedPortUrl = async (): Promise<string> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
};

export const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

export const downstream = (name: string, baseUrl: string, change: Partial<DownstreamOptions> = {}): DownstreamOptions => ({
  ...DEFAULT_DOWNSTREAM,
  retryBackoffMs: 10,
  name,
  baseUrl,
  ...change,
});

/** The gateway as apps/gateway runs it, on a free port. */
export const startGateway = async (options: GatewayAppOptions): Promise<{ app: INestApplication; url: string }> => {
  const app = await createGatewayApp({ ...options, logger: false });
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
};
