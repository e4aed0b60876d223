import { PaymentRunEvent } from '@kongthun/relief-domain';
import { DeclarationRunDocument } from './relief-read-models';

/**
 * The declaration's runs: a run is filed once, when created; its later events leave the document
 * as it is (its status is read from the run's own small stream when listed).
 */
export const nextDeclarationRunDocument = (
  stored: DeclarationRunDocument | undefined,
  event: PaymentRunEvent,
): DeclarationRunDocument | undefined => {
  if (event.type !== 'relief.run.created' || stored !== undefined) return undefined;
  const { declarationId, runId, programmeId, method, controlCount, controlAmount, createdOn } = event.data;
  return { declarationId, runId, programmeId, method, controlCount, controlAmount, createdOn };
};
