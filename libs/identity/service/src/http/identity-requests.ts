import { ApiBody } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { openApiSchemaOf, ZodBody } from '@kongthun/http';

/** One schema, two uses: the OpenAPI body of a route and the pipe that validates it. */
export const body = <Schema extends z.ZodType>(schema: Schema) =>
  [ApiBody({ schema: openApiSchemaOf(schema) }), new ZodBody(schema)] as const;

/** Bounded so that a huge password cannot make argon2 (or the policy check) the bottleneck. */
const password = z.string().min(1).max(1024);
const id = z.string().min(1).max(100);

export const loginRequest = z.object({ username: z.string().min(1).max(100), password }).strict();
export const refreshRequest = z.object({ refreshToken: z.string().min(1).max(300) }).strict();
export const changePasswordRequest = z.object({ currentPassword: password, newPassword: password }).strict();

export const scopeRequest = z
  .object({
    areas: z.array(z.string().max(6)).max(100).optional(),
    funds: z.array(id).max(100).optional(),
    programmes: z.array(id).max(100).optional(),
    national: z.boolean().optional(),
  })
  .strict();

export const createUserRequest = z
  .object({
    userId: z.string().min(1).max(64),
    role: z.string().min(1).max(40),
    scope: scopeRequest.default({}),
    displayName: z.string().min(1).max(200).optional(),
    password: password.optional(),
    temporary: z.boolean().default(true),
  })
  .strict();
export const changeAccessRequest = z.object({ role: z.string().min(1).max(40), scope: scopeRequest }).strict();
export const disableUserRequest = z.object({ reason: z.string().min(1).max(500) }).strict();
export const setPasswordRequest = z.object({ password, temporary: z.boolean().default(true) }).strict();
