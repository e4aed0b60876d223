import { HttpException } from '@nestjs/common';
import { z } from 'zod/v4';

const pageQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor: z.string().min(1).max(200).optional() });

/** `?limit=&cursor=` of a list; anything else refused as `request.invalid`, before anything is read. */
export const pageOf = (query: unknown): z.output<typeof pageQuery> => {
  const result = pageQuery.safeParse(query);
  if (result.success) return result.data;
  throw new HttpException(
    {
      code: 'request.invalid',
      message: `Invalid page: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      messageTh: 'ข้อมูลที่ส่งมาไม่ถูกต้อง',
    },
    400,
  );
};
