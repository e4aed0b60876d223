/**
 * The part of zip-stream (archiver's zip writer) the XLSX export uses. An entry given as a stream
 * is piped through deflate into the archive, so a full archive stops reading the entry.
 */
declare module 'zip-stream' {
  import { Transform } from 'node:stream';

  interface ZipStreamOptions {
    /** deflate level, 0–9 (zip-stream's default is 1, fastest). */
    level?: number;
    forceZip64?: boolean;
  }
  interface EntryData {
    name: string;
    date?: Date;
  }
  class ZipStream extends Transform {
    constructor(options?: ZipStreamOptions);
    /** Entries are written one at a time: the next may start once `callback` is called. */
    entry(source: Buffer | string | NodeJS.ReadableStream, data: EntryData, callback: (error: Error | null) => void): this;
    finalize(): void;
  }
  export = ZipStream;
}
