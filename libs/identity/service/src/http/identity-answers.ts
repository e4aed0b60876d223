import { z } from 'zod/v4';

/** What the identity routes answer: the schemas and examples their OpenAPI documents carry. */
const scope = z.object({
  areas: z.array(z.string()).optional(),
  funds: z.array(z.string()).optional(),
  programmes: z.array(z.string()).optional(),
  province: z.string().optional(),
  national: z.boolean().optional(),
});

export const sessionAnswer = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int(),
  user: z.object({ userId: z.string(), role: z.string(), scope, displayName: z.string(), mustChangePassword: z.boolean() }),
});
export const sessionExample: z.output<typeof sessionAnswer> = {
  accessToken: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiY29tbWl0dGVlIn0.c2lnbmF0dXJl',
  refreshToken: '0b7c1f3e-8f7a-4a55-9a7e-2f7c1d9e4b21.q9yK0mZ3H1qvQ6l7m8n9o0p1q2r3s4t5u6v7w8x9y0z',
  expiresIn: 900,
  user: {
    userId: 'somchai',
    role: 'committee',
    scope: { funds: ['phuket-talat-yai'] },
    displayName: 'ประธาน สมชาย',
    mustChangePassword: false,
  },
};

export const doneAnswer = z.object({ done: z.literal(true) });

export const userEventsAnswer = z.object({
  events: z.array(z.object({ id: z.string(), type: z.string(), streamRevision: z.number().int() })),
});
export const userEventsExample = (type: string): z.output<typeof userEventsAnswer> => ({
  events: [{ id: '01936b2e-7c1a-7b3e-9f00-2a1b3c4d5e6f', type, streamRevision: 1 }],
});

export const usersPageAnswer = z.object({
  items: z.array(
    z.object({
      userId: z.string(),
      role: z.string(),
      scope,
      status: z.enum(['Active', 'Disabled']),
      mustChangePassword: z.boolean(),
      hasPassword: z.boolean(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export const usersPageExample: z.output<typeof usersPageAnswer> = {
  items: [
    {
      userId: 'kanda',
      role: 'committee',
      scope: { funds: ['saraburi-nong-khae'] },
      status: 'Active',
      mustChangePassword: true,
      hasPassword: true,
    },
  ],
  nextCursor: 'kanda',
};

export const accessesPageAnswer = z.object({
  items: z.array(
    z.object({
      sequence: z.number().int(),
      subject: z.string(),
      accessedAt: z.string(),
      userId: z.string(),
      role: z.string(),
      reason: z.string(),
      route: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export const accessesPageExample: z.output<typeof accessesPageAnswer> = {
  items: [
    {
      sequence: 1,
      subject: 'welfare/phuket-talat-yai/m-006',
      accessedAt: '2026-11-27T03:15:00.000Z',
      userId: 'malee',
      role: 'treasurer',
      reason: 'claim c-100',
      route: 'GET /api/welfare/funds/:fundId/members/:memberId/personal-data',
    },
  ],
  nextCursor: null,
};
