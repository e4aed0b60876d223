import { HeadSignature, keyIdOf, parsePublicKey, publicKeyBase64, publicKeyPem } from '@kongthun/audit-evidence';
import { SqlQueryable } from '@kongthun/event-sourcing';
import { AuditStoreError } from './audit-store-error';

/** A party an administrator allowed to co-sign tree heads (พยาน): a provincial office, CODI, ... */
export interface Witness {
  /** keyIdOf(public key): what its co-signatures name. */
  keyId: string;
  name: string;
  /** Base64 SPKI DER, as co-signatures carry it. */
  publicKey: string;
  publicKeyPem: string;
  registeredAt: string;
  registeredBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  revocationReason: string | null;
}

export interface WitnessRegistration {
  name: string;
  /** PEM, base64 SPKI DER or base64 raw Ed25519 key. */
  publicKey: string;
  actor: string;
  at: string;
}

export interface WitnessRevocation {
  keyId: string;
  reason: string;
  actor: string;
  at: string;
}

interface WitnessRow {
  key_id: string;
  name: string;
  public_key: string;
  registered_at: string;
  registered_by: string;
  revoked_at: string | null;
  revoked_by: string | null;
  reason: string | null;
}

const witnessOf = (row: WitnessRow): Witness => ({
  keyId: row.key_id,
  name: row.name,
  publicKey: row.public_key,
  publicKeyPem: publicKeyPem(parsePublicKey(row.public_key)),
  registeredAt: row.registered_at,
  registeredBy: row.registered_by,
  revokedAt: row.revoked_at,
  revokedBy: row.revoked_by,
  revocationReason: row.reason,
});

/** Every registered witness (revoked ones too, with when and why), in registration order. */
export async function readWitnesses(q: SqlQueryable, schema: string, keyId?: string): Promise<Witness[]> {
  const { rows } = await q.query<WitnessRow>(
    `SELECT r.key_id, r.name, r.public_key, r.recorded_at AS registered_at, r.actor AS registered_by,
            v.recorded_at AS revoked_at, v.actor AS revoked_by, v.reason
       FROM ${schema}.witness_changes r
       LEFT JOIN ${schema}.witness_changes v ON v.key_id = r.key_id AND v.change = 'revoked'
      WHERE r.change = 'registered' AND ($1::text IS NULL OR r.key_id = $1)
      ORDER BY r.change_id`,
    [keyId ?? null],
  );
  return rows.map(witnessOf);
}

// Registration, revocation and co-signing by one key take turns, so a co-signature is never
// accepted from a key whose revocation committed before it.
const lockKey = (tx: SqlQueryable, schema: string, keyId: string) =>
  tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.audit.witness.${schema}.${keyId}`]);

const insertChange = (
  tx: SqlQueryable,
  schema: string,
  change: 'registered' | 'revoked',
  w: { keyId: string; name: string; publicKey: string; actor: string; reason: string | null; at: string },
) =>
  tx.query(
    `INSERT INTO ${schema}.witness_changes (key_id, change, name, public_key, actor, reason, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [w.keyId, change, w.name, w.publicKey, w.actor, w.reason, w.at],
  );

/** Within a transaction: records a new witness key; a key already registered, or revoked, is refused. */
export async function registerWitness(tx: SqlQueryable, schema: string, registration: WitnessRegistration): Promise<Witness> {
  let publicKey: string;
  let keyId: string;
  try {
    const key = parsePublicKey(registration.publicKey);
    publicKey = publicKeyBase64(key);
    keyId = keyIdOf(key);
  } catch (error) {
    throw new AuditStoreError('audit.witness.invalid-key', `Not an Ed25519 public key: ${(error as Error).message}`);
  }
  const name = registration.name.trim();
  if (name.length === 0) throw new AuditStoreError('audit.witness.invalid-name', 'A witness needs a name');
  await lockKey(tx, schema, keyId);
  const [existing] = await readWitnesses(tx, schema, keyId);
  if (existing?.revokedAt)
    throw new AuditStoreError('audit.witness.already-revoked', `Key ${keyId} was revoked on ${existing.revokedAt}; register a new key`, {
      keyId,
    });
  if (existing)
    throw new AuditStoreError('audit.witness.already-registered', `Key ${keyId} is already registered to ${existing.name}`, {
      keyId,
      name: existing.name,
    });
  await insertChange(tx, schema, 'registered', { keyId, name, publicKey, actor: registration.actor, reason: null, at: registration.at });
  return (await readWitnesses(tx, schema, keyId))[0];
}

/** Within a transaction: revokes a registered key; its earlier co-signatures stay, later ones are refused. */
export async function revokeWitness(tx: SqlQueryable, schema: string, revocation: WitnessRevocation): Promise<Witness> {
  await lockKey(tx, schema, revocation.keyId);
  const [existing] = await readWitnesses(tx, schema, revocation.keyId);
  if (!existing)
    throw new AuditStoreError('audit.witness.not-found', `No witness with key ${revocation.keyId}`, { keyId: revocation.keyId });
  if (existing.revokedAt)
    throw new AuditStoreError('audit.witness.already-revoked', `Key ${revocation.keyId} was revoked on ${existing.revokedAt}`, {
      keyId: revocation.keyId,
    });
  await insertChange(tx, schema, 'revoked', { ...existing, actor: revocation.actor, reason: revocation.reason, at: revocation.at });
  return (await readWitnesses(tx, schema, revocation.keyId))[0];
}

/**
 * Within a transaction: the witness signature as the store keeps it, from a registered key that
 * is not revoked. The name is the register's: a signature's own name is not signed, so a witness
 * could otherwise claim to be another office.
 */
export async function admitWitnessSignature(tx: SqlQueryable, schema: string, signature: HeadSignature): Promise<HeadSignature> {
  await lockKey(tx, schema, signature.keyId);
  const [witness] = await readWitnesses(tx, schema, signature.keyId);
  if (!witness || witness.publicKey !== signature.publicKey)
    throw new AuditStoreError('audit.witness.not-registered', `Key ${signature.keyId} is not a registered witness`, {
      keyId: signature.keyId,
    });
  if (witness.revokedAt)
    throw new AuditStoreError('audit.witness.revoked', `The key of ${witness.name} was revoked on ${witness.revokedAt}`, {
      keyId: signature.keyId,
      revokedAt: witness.revokedAt,
    });
  return { ...signature, signer: 'witness', name: witness.name };
}
