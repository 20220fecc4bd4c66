import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ApiError, describeZodError } from './ApiError.ts';
import { declaredJsonBody, declaredQuery, type JsonBodyPath, type JsonBodySchema, type Method, type QueryPath, type QuerySchema } from './apiRoutes.ts';

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
  if (!schema || !isRoute(request, method, path)) {
    throw new Error(`parseBody(${method} ${path}) called on ${String(actualMethod)} ${String(url)}, whose declared JSON body it is not`);
  }
  return parseWith(schema, request.body) as z.infer<JsonBodySchema<M, P>>;
}

/**
 * Parses a request's query string with the schema its route declares in `API_ROUTES` (the
 * parameters the OpenAPI document lists), or throws a 400 `invalid_params`. As for `parseBody`,
 * `method` and `path` must be the route the request came in on.
 */
export function parseQuery<M extends Method, P extends QueryPath<M>>(request: FastifyRequest, method: M, path: P): z.infer<QuerySchema<M, P>> {
  const { method: actualMethod, url } = request.routeOptions;
  const schema = declaredQuery(method, path);
  if (!schema || !isRoute(request, method, path)) {
    throw new Error(`parseQuery(${method} ${path}) called on ${String(actualMethod)} ${String(url)}, whose declared query it is not`);
  }
  return parseWith(schema, request.query, 'invalid_params') as z.infer<QuerySchema<M, P>>;
}

function isRoute(request: FastifyRequest, method: Method, path: string): boolean {
  return request.routeOptions.method === method && request.routeOptions.url === path;
}
