import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FinanceReader, financeReaderOf } from '../access/finance-reader';

/** The reader the token guard let in (by API key or bearer token), with the areas they see. */
export const Reader = createParamDecorator((_data: unknown, context: ExecutionContext): FinanceReader =>
  financeReaderOf(context.switchToHttp().getRequest().actor),
);
