import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { ApiError, describeZodError } from './ApiError.ts';

/** Fastify's own errors, mapped to Minga's codes. */
const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'The request body is over the size limit.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Send JSON (Content-Type: application/json).' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json', message: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', message: 'The body is not valid JSON.' },
};

/** Every error leaves as `{ "error": { code, message } }`: never a stack trace. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      if (error.status === 401) reply.header('WWW-Authenticate', 'Bearer');
      return reply.status(error.status).send({ error: { code: error.code, message: error.message } });
    }
    if (error instanceof ZodError) {
      return reply.status(400).send({ error: { code: 'invalid_body', message: describeZodError(error) } });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = request.routeOptions.bodyLimit;
      const size = !limit ? '' : limit < 1024 * 1024 ? ` of ${Math.round(limit / 1024)} KiB` : ` of ${(limit / 1024 / 1024).toFixed(1)} MiB`;
      return reply.status(413).send({ error: { code: 'payload_too_large', message: `The request body is over the size limit${size}.` } });
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return reply.status(known.status).send({ error: { code: known.code, message: known.message } });
    if (error instanceof SyntaxError || error.statusCode === 400) {
      return reply.status(400).send({ error: { code: 'bad_request', message: error.message } });
    }
    // Other client errors raised by plugins (a static file refused, a method not allowed…) keep their status.
    if (error.statusCode && error.statusCode > 400 && error.statusCode < 500) {
      const code = { 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed' }[error.statusCode] ?? 'bad_request';
      return reply.status(error.statusCode).send({ error: { code, message: error.message } });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on the server.' } });
  });
}
