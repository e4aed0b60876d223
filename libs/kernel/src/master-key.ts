import { createHash, hkdfSync } from 'node:crypto';
import { openAesGcm, sealAesGcm } from './aes-gcm';

/** A record's own 256-bit data key, encrypted (AES-256-GCM) by the master key named by its id. */
export interface WrappedDataKey {
  masterKeyId: string;
  wrapped: string;
}

const MIN_SECRET_BYTES = 32;

/**
 * The key-encryption key (กุญแจหลัก) that wraps every personal-data record's data key (a welfare member's, a grants contact's). It comes from configuration
 * (`KONGTHUN_PERSONAL_DATA_KEY`, or a file in the embedded data folder) and is never stored beside
 * the data. Its id (a hash of the derived key) is kept with each wrapped key so that a wrong or
 * rotated master key is reported as such instead of as corrupt data.
 */
export class MasterKey {
  private constructor(
    private readonly key: Buffer,
    readonly id: string,
  ) {}

  /** Any secret of at least 32 bytes; HKDF-SHA256 turns it into the 256-bit AES key. */
  static fromSecret(secret: string): MasterKey {
    if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES)
      throw new Error(`The personal-data master key needs at least ${MIN_SECRET_BYTES} bytes`);
    const key = Buffer.from(hkdfSync('sha256', secret, 'kongthun', 'kongthun personal-data master key v1', 32));
    return new MasterKey(key, createHash('sha256').update(key).digest('hex').slice(0, 16));
  }

  wrap(dataKey: Buffer, ref: string): WrappedDataKey {
    return { masterKeyId: this.id, wrapped: sealAesGcm(this.key, dataKey, bindingOf(ref)) };
  }

  unwrap(dataKey: WrappedDataKey, ref: string): Buffer {
    if (dataKey.masterKeyId !== this.id)
      throw new Error(`Personal data ${ref} is wrapped by master key ${dataKey.masterKeyId}, not the configured ${this.id}`);
    return openAesGcm(this.key, dataKey.wrapped, bindingOf(ref));
  }
}

const bindingOf = (ref: string): string => `kongthun.personal-data-key.v1|${ref}`;
