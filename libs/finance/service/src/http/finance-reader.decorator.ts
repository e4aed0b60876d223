import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FinanceReader } from '../access/finance-access.guard';

/** The reader the finance guard let in, with the areas they see. */
export const Reader = createParamDecorator(
  (_data: unknown, context: ExecutionContext): FinanceReader => context.switchToHttp().getRequest().financeReader,
);
