// The OpenAPI 3.1 document of the API (/api/openapi.json), generated from the route list and its zod
// schemas, so it describes exactly what is served and validated.
import { z } from 'zod';
import { codeVersion } from '../core/version.ts';
import type { Route } from './route.ts';

const ERROR_SCHEMA = {
  type: 'object',
  required: ['code', 'message', 'field'],
  properties: {
    code: { type: 'string', description: 'invalid_parameter, unknown_parameter, invalid_body, not_found, unauthorized, payload_too_large, unsupported_media_type, internal_error' },
    message: { type: 'string', description: 'what is wrong, in a sentence' },
    field: { type: ['string', 'null'], description: 'the parameter or body field at fault' },
  },
};

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function operation(r: Route): Record<string, unknown> {
  const parameters: object[] = [];
  for (const [name, description] of Object.entries(r.params ?? {})) {
    parameters.push({ name, in: 'path', required: true, description, schema: { type: 'string' } });
  }
  for (const [name, field] of Object.entries(r.query?.shape ?? {}) as Array<[string, z.ZodType]>) {
    const schema = jsonSchema(field);
    parameters.push({
      name,
      in: 'query',
      required: !field.safeParse(undefined).success,
      ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
      schema,
    });
  }
  const responses: Record<string, unknown> = {};
  for (const [status, res] of Object.entries(r.responses)) {
    responses[status] = { description: res.description, content: { [res.mediaType ?? 'application/json']: { schema: res.schema ?? {} } } };
  }
  if (r.query || r.body) responses['400'] = errorResponse('a parameter or the body is invalid: the error names it in `field`');
  if (r.write) responses['401'] = errorResponse('ENTENTE_TOKEN is set and the request lacks `Authorization: Bearer <token>` or has another token');
  if (r.params) responses['404'] = errorResponse('no such item');
  return {
    operationId: `${r.method}${r.path.replace(/\{(\w+)\}/g, 'By_$1').replace(/[^A-Za-z0-9]+(\w)/g, (_, ch: string) => ch.toUpperCase())}`,
    tags: [r.tag],
    summary: r.summary,
    ...(r.description ? { description: r.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(r.body
      ? { requestBody: { required: true, description: r.body.description, content: Object.fromEntries(Object.entries(r.body.content).map(([t, s]) => [t, { schema: s }])) } }
      : {}),
    ...(r.write ? { security: [{ bearer: [] }] } : {}),
    responses,
  };
}

export function openApiDocument(routes: Route[]): object {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) (paths[r.path] ??= {})[r.method] = operation(r);
  paths['/api/openapi.json'] = { get: { operationId: 'getOpenapi', tags: ['meta'], summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Entente API',
      version: codeVersion(),
      description:
        'Political events coded from news, with the evidence behind each. Every error is JSON { code, message, field }. ' +
        'Writes (POST) need `Authorization: Bearer <token>` when the server runs with ENTENTE_TOKEN set.',
    },
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the value of ENTENTE_TOKEN' } },
    },
  };
}
