/** /api/openapi.json, generated from the same route declarations the app registers. */
import { openApiParams } from './params.js';
import type { RouteDef } from './route.js';

export const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

const ERROR = { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

function operation(r: RouteDef): object {
  const pathParams = Object.entries(r.pathParams ?? {}).map(([name, description]) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } }));
  const media = r.produces ?? ['application/json'];
  const responses: Record<string, object> = {
    200: { description: 'OK', content: Object.fromEntries(media.map((m) => [m, {}])) },
    400: ERROR,
  };
  if (r.pathParams) responses[404] = ERROR;
  if (r.write) Object.assign(responses, { 401: ERROR, 403: ERROR, 413: ERROR, 415: ERROR });
  return {
    summary: r.summary,
    parameters: [...pathParams, ...openApiParams(r.params ?? [])],
    ...(r.write
      ? {
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: Object.fromEntries(['application/json', 'application/x-ndjson', 'text/html', 'application/rss+xml', 'application/atom+xml', 'text/plain'].map((m) => [m, {}])),
          },
        }
      : {}),
    responses,
  };
}

export function openApiDocument(routes: readonly RouteDef[]): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of routes) (paths[toOpenApiPath(r.path)] ??= {})[r.method] = operation(r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API',
      version: '1',
      description: 'Structured, sourced facts from news articles: articles, layers, events, incidents. Read-only unless the server was started with a token.',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] } },
    },
  };
}
