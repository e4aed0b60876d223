import argon2 from 'argon2';

/**
 * argon2id (RFC 9106), the winner of the Password Hashing Competition and OWASP's first choice:
 * memory-hard, so guessing on GPUs costs memory as well as time. 19 MiB, 2 passes, 1 lane is
 * OWASP's minimum configuration, about 30 ms here. The parameters are written into each hash,
 * so raising them later still verifies old hashes.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, OPTIONS);

export const verifyPassword = async (hash: string, password: string): Promise<boolean> => {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
};

/** Verified against when a user is unknown, so an unknown name takes as long as a wrong password. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword('kongthun-decoy-password'));
