import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, errors } from './errors.ts';

/**
 * Fastify answers some requests itself, before (or without) a route: a URL it cannot decode, a
 * path parameter over its length limit, an unreadable body, a malformed request line. Its own
 * bodies (`{ statusCode, error, code: 'FST_ERR_…' }`) would be the one place the API broke its
 * contract, so each is mapped here to an AppError with a stable snake_case code.
 */
export function fromFastifyError(err: unknown): AppError | null {
  const status = (err as { statusCode?: number }).statusCode;
  const code = (err as { code?: string }).code;
  if (code === 'FST_ERR_BAD_URL') return errors.badRequest();
  if (code === 'FST_ERR_MAX_PARAM_LENGTH' || status === 414) return errors.uriTooLong();
  if (!status || status < 400 || status >= 500) return null;
  if (status === 400) return errors.badRequest();
  if (status === 408) return errors.requestTimeout();
  if (status === 413) return errors.payloadTooLarge();
  if (status === 415) return errors.unsupportedMediaType();
  if (status === 431) return errors.headersTooLarge();
  if (status === 404) return errors.notFound('endpoint');
  // Any other 4xx Fastify may set keeps its status and says the request could not be read.
  return new AppError(status, 'bad_request', errors.badRequest().message);
}

export function sendAppError(reply: FastifyReply, e: AppError): FastifyReply {
  return reply
    .code(e.status)
    .send({ error: { code: e.code, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) } });
}

/** Fastify's `frameworkErrors` option: errors raised before a route was found (bad URL, long parameter). */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const e = fromFastifyError(err) ?? errors.internal(req.id);
  if (e.status >= 500) req.log.error({ err }, 'framework error');
  void sendAppError(reply, e);
}

/**
 * Fastify's `clientErrorHandler`: the HTTP parser gave up (malformed request, headers too large,
 * timeout), so there is no request object and the answer is written to the socket by hand.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const e =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? errors.requestTimeout()
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? errors.headersTooLarge()
        : errors.badRequest();
  const body = JSON.stringify({ error: { code: e.code, message: e.message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${e.status} ${STATUS_CODES[e.status] ?? 'Bad Request'}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
