import { areaPrefixesOf, AuthenticatedActor, Role } from '@kongthun/http';
import { AreaScope } from '@kongthun/finance-model';
import { apiKeyUserId } from './api-key-credentials';

/** Who reads the provincial books, and which areas they see. */
export interface FinanceReader {
  actor: AuthenticatedActor;
  scope: AreaScope;
  /** How they proved it: `API key <keyId>` or `user <userId>`, for messages and logs. */
  label: string;
}

/** Who may read the books with a user's token (an API key acts as `provincial-finance`). */
export const FINANCE_READER_ROLES: Role[] = ['provincial-finance', 'admin'];

/** The reader the token guard let in: a key reads the area it was made for, a user their token's areas. */
export const financeReaderOf = (actor: AuthenticatedActor): FinanceReader => {
  const keyId = actor.userId.startsWith(apiKeyUserId('')) ? actor.userId.slice(apiKeyUserId('').length) : undefined;
  return { actor, scope: areaPrefixesOf(actor), label: keyId === undefined ? `user ${actor.userId}` : `API key ${keyId}` };
};
