import { request as httpRequest, IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** One request as the gateway forwards it: the body already read, so a retry can send it again. */
export interface ForwardedRequest {
  method: string;
  /** Path and query, as the client sent them. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface DownstreamAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Raised when an attempt ran out of time; the client gets 504. */
export class DownstreamTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/** Sends one attempt and reads the whole answer; aborts the socket when `timeoutMs` passes. */
export const forwardRequest = (baseUrl: string, forwarded: ForwardedRequest, timeoutMs: number): Promise<DownstreamAnswer> =>
  new Promise((resolve, reject) => {
    const url = new URL(forwarded.path, baseUrl);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing = send(url, { method: forwarded.method, headers: forwarded.headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        clearTimeout(timer);
        resolve({ status: incoming.statusCode ?? 502, headers: incoming.headers, body: Buffer.concat(chunks) });
      });
      incoming.on('error', fail);
    });
    const timer = setTimeout(() => {
      outgoing.destroy(new DownstreamTimeout(timeoutMs));
    }, timeoutMs);
    function fail(error: Error) {
      clearTimeout(timer);
      reject(error);
    }
    outgoing.on('error', fail);
    outgoing.end(forwarded.body);
  });
