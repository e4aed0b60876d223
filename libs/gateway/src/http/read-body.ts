import { IncomingMessage } from 'node:http';

/** Raised when a body passes the gateway's limit; the client gets 413 and the service is never asked. */
export class BodyTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`The body is over ${limitBytes} bytes`);
  }
}

/** Reads the whole body (so a retried read or a refused one is cheap to handle), refusing past `limitBytes`. */
export const readBody = (request: IncomingMessage, limitBytes: number): Promise<Buffer | undefined> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        request.removeAllListeners('data');
        request.resume();
        reject(new BodyTooLarge(limitBytes));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(size === 0 ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
