import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ApiError, describeZodError } from './ApiError.ts';
import { declaredJsonBody, type JsonBodyPath, type JsonBodySchema, type Method } from './apiRoutes.ts';

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

/**
 * Parses a request's JSON body with the schema its route declares in `API_ROUTES` (the one the
 * OpenAPI document shows), or throws a 400. `method` and `path` name that route for the type
 * checker and must be the route the request came in on: a handler cannot parse another schema.
 */
export function parseBody<M extends Method, P extends JsonBodyPath<M>>(request: FastifyRequest, method: M, path: P): z.infer<JsonBodySchema<M, P>> {
  const { method: actualMethod, url } = request.routeOptions;
  const schema = declaredJsonBody(method, path);
  if (!schema || actualMethod !== method || url !== path) {
    throw new Error(`parseBody(${method} ${path}) called on ${String(actualMethod)} ${String(url)}, whose declared JSON body it is not`);
  }
  return parseWith(schema, request.body) as z.infer<JsonBodySchema<M, P>>;
}
