import type { FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';

type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

/** An endpoint's zod schemas: Fastify's route schema without the tags and summary, which `routes` adds. */
export interface RouteSchemas {
  description?: string;
  params?: z.ZodType;
  querystring?: z.ZodType;
  body?: z.ZodType;
  /** Exactly one status: the endpoint answers with it (204 sends an empty body). */
  response: { 200: z.ZodType } | { 201: z.ZodType } | { 202: z.ZodType } | { 204: z.ZodType };
}

type Parsed<T> = T extends z.ZodType ? z.output<T> : unknown;
type Answer<R> = R extends { 204: z.ZodType } ? unknown : R[keyof R] extends z.ZodType ? z.output<R[keyof R]> : never;

/** The request as a handler sees it: params, query and body typed by the route's schemas. */
export type RouteRequest<S extends RouteSchemas> = Omit<FastifyRequest, 'params' | 'query' | 'body'> & {
  params: Parsed<S['params']>;
  query: Parsed<S['querystring']>;
  body: Parsed<S['body']>;
};

type Handler<S extends RouteSchemas> = (req: RouteRequest<S>) => Promise<Answer<S['response']>> | Answer<S['response']>;
type Add = <S extends RouteSchemas>(url: string, summary: string, schemas: S, handler: Handler<S>) => void;

/**
 * Most endpoints are the same few lines: the module's tags, a summary, the zod schemas, one service
 * call, and a reply with the one status the schema declares. `routes(app, tags).post(path, summary,
 * schemas, handler)` registers that shape, so a route file reads as a table of what differs, and a
 * 201/204 reply cannot drift from the declared status. Fastify gets the same schema as written out
 * by hand, so validation and `/api/openapi.json` do not change. Endpoints that set headers or
 * cookies or send a file keep using `app.get(…)` and friends directly.
 */
export function routes(app: ZodApp, tags: string[]) {
  const add =
    (method: HTTPMethods): Add =>
    (url, summary, schemas, handler) => {
      const { description, params, querystring, body, response } = schemas;
      const status = Number(Object.keys(response)[0]);
      app.route({
        method,
        url,
        schema: {
          tags,
          summary,
          ...(description === undefined ? {} : { description }),
          ...(params === undefined ? {} : { params }),
          ...(querystring === undefined ? {} : { querystring }),
          ...(body === undefined ? {} : { body }),
          response,
        },
        handler: async (req: FastifyRequest, reply: FastifyReply) => {
          const result = await handler(req as never);
          if (status === 200) return result;
          return reply.code(status).send(status === 204 ? null : result);
        },
      });
    };
  return { get: add('GET'), post: add('POST'), put: add('PUT'), patch: add('PATCH'), delete: add('DELETE') };
}
