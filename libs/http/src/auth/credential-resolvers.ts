import { Injectable, SetMetadata } from '@nestjs/common';
import { AuthenticatedActor } from './actor';

/**
 * A credential other than a bearer token that some routes take (provincial finance's API keys).
 * The token guard asks it first on the routes that accept it, then falls back to the bearer token,
 * so roles, scopes and refusals stay the guard's one concern whatever the credential.
 */
export interface CredentialResolver {
  /** The name routes accept it by, in `@AcceptsCredential(kind)`. */
  readonly kind: string;
  /** How a refusal for a missing credential names it: "an API key", "คีย์ API". */
  readonly described: { en: string; th: string };
  /**
   * The actor the request's credential of this kind names; undefined when the request carries none
   * (the bearer token is tried next); a refusal when it carries one that is not valid.
   */
  resolve(headers: Record<string, string | string[] | undefined>): Promise<AuthenticatedActor | undefined>;
}

export const ACCEPTED_CREDENTIALS = 'kongthun:accepted-credentials';

/** The route also takes these credentials, besides a bearer token. */
export const AcceptsCredential = (...kinds: string[]) => SetMetadata(ACCEPTED_CREDENTIALS, kinds);

/**
 * The credentials the host's modules add, by kind. A module registers its resolver when it starts
 * (provincial finance its key lookup), so the global guard needs no knowledge of any of them.
 */
@Injectable()
export class CredentialResolvers {
  private readonly byKind = new Map<string, CredentialResolver>();

  register(resolver: CredentialResolver): void {
    if (this.byKind.has(resolver.kind)) throw new Error(`A credential resolver for ${resolver.kind} is already registered`);
    this.byKind.set(resolver.kind, resolver);
  }

  of(kind: string): CredentialResolver | undefined {
    return this.byKind.get(kind);
  }
}
