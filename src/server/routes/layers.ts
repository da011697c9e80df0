/** Entities (actors) across articles, quotes by speaker, claims by stance, and database stats. */
import type { ClaimFilter, EntityFilter, QuoteFilter } from '../../store/types.js';
import { notFound } from '../http-error.js';
import { PAGE_PARAMS } from '../params.js';
import type { RouteDef } from '../route.js';

const STANCES = ['assert', 'allege', 'deny', 'accuse', 'claim-responsibility', 'report'] as const;
const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'MISC'] as const;

export const layerRoutes: RouteDef[] = [
  {
    method: 'get',
    path: '/api/entities',
    summary: 'Entities across articles (one row per cross-article key), most widely reported first',
    params: [
      { name: 'q', kind: 'string', description: 'name or alias contains this (case-insensitive)' },
      { name: 'type', kind: 'enum', values: ENTITY_TYPES, description: 'entity type' },
      { name: 'actor', kind: 'string', description: 'knowledge-base actor id' },
      ...PAGE_PARAMS,
    ],
    async handle(c, { store, query }) {
      return c.json(await store.entities(query as EntityFilter));
    },
  },
  {
    method: 'get',
    path: '/api/entities/:key',
    summary: 'One entity: aliases, roles, how many articles; its mentions, events as actor and quotes are separate routes',
    pathParams: { key: 'cross-article key, e.g. "actor:hts" or "name:PERSON:idris bello"' },
    async handle(c, { store }) {
      const key = c.req.param('key')!;
      const entity = await store.entity(key);
      if (!entity) throw notFound(`entity '${key}'`);
      return c.json(entity);
    },
  },
  {
    method: 'get',
    path: '/api/entities/:key/mentions',
    summary: "An entity's mentions across articles, oldest article first (for mentions over time)",
    pathParams: { key: 'cross-article entity key' },
    params: PAGE_PARAMS,
    async handle(c, { store, query }) {
      return c.json(await store.mentions(c.req.param('key')!, { limit: query.limit as number | undefined, offset: query.offset as number | undefined }));
    },
  },
  {
    method: 'get',
    path: '/api/quotes',
    summary: 'Quotes, filtered by speaker (entity key, actor id or name), article or kind',
    params: [
      { name: 'speaker', kind: 'string', description: 'entity key, actor id or speaker name' },
      { name: 'article', kind: 'string', description: 'article id' },
      { name: 'kind', kind: 'enum', values: ['direct', 'indirect', 'mixed'], description: 'quote kind' },
      ...PAGE_PARAMS,
    ],
    async handle(c, { store, query }) {
      return c.json(await store.quotes(query as QuoteFilter));
    },
  },
  {
    method: 'get',
    path: '/api/claims',
    summary: 'Claims, filtered by stance, claimant or article',
    params: [
      { name: 'stance', kind: 'enum', values: STANCES, description: 'claim stance' },
      { name: 'claimant', kind: 'string', description: 'entity key, actor id or claimant name' },
      { name: 'article', kind: 'string', description: 'article id' },
      ...PAGE_PARAMS,
    ],
    async handle(c, { store, query }) {
      return c.json(await store.claims(query as ClaimFilter));
    },
  },
  {
    method: 'get',
    path: '/api/stats',
    summary: 'What the database holds: counts per layer, events by type, outlets, date range',
    async handle(c, { store }) {
      return c.json(await store.stats());
    },
  },
];
