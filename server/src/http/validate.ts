import type { z } from 'zod';
import { ApiError, describeZodError } from './ApiError.ts';

/** Parses a request part with a zod schema, or throws a 400 that says what and where. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  code: 'invalid_body' | 'invalid_params' = 'invalid_body',
): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw new ApiError(code, describeZodError(result.error));
  return result.data;
}
