/**
 * The JSON Schema of scenario files, built from the API document and the engine's event names so the
 * enums editors complete cannot drift. `pnpm gen` writes it to scenarios/schema/scenario.schema.json.
 */
import { SANDBOX_EVENTS } from '@npay-sandbox/engine'
import { API_PROFILES, type ApiProfile } from '@npay-sandbox/protocol'
import { commerceApiOperationIndex, npayApiDocument, operationIndex } from '@npay-sandbox/schema'

const INDEXES = { npay: operationIndex, commerce: commerceApiOperationIndex } as const

/**
 * Operations a scenario whose merchant speaks `api` may call: every operation of that API but the token
 * endpoint (getReviews only on the Npay mall API, changeHopeDelivery only on the Commerce API).
 * @example callableOperations('commerce').includes('changeHopeDelivery') // true
 */
export function callableOperations(api: ApiProfile): readonly string[] {
  return INDEXES[api].map((op) => op.operationId as string).filter((id) => id !== 'issueToken')
}

/** Operations a scenario may call on either API (the schema's enum; load.ts checks the file's own API). */
export const CALLABLE_OPERATIONS: readonly string[] = [
  ...new Set(API_PROFILES.flatMap((api) => callableOperations(api))),
]

const schemas = npayApiDocument.components.schemas as unknown as Record<string, { enum?: string[] }>
const enumOf = (name: string, nullable = false) => {
  const values = schemas[name]?.enum ?? []
  return nullable ? { enum: [...values, null] } : { enum: values }
}

const ref = {
  type: 'string',
  description: "A created order's product order, `name[i]` (or a literal id, for negative tests).",
  minLength: 1,
}
const name = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' }

const expectation = {
  type: 'object',
  additionalProperties: false,
  description: 'What must hold after the step. Only what is given is checked.',
  properties: {
    status: { type: 'integer', minimum: 100, maximum: 599, description: 'HTTP status (default: any 2xx).' },
    code: {
      type: 'string',
      description: 'Error code of an error response: 4000, GW.AUTHN, EVENT_NOT_ALLOWED, …',
    },
    failures: {
      type: 'object',
      description: 'Per-item failure codes by product order reference; items not listed must succeed.',
      additionalProperties: { type: 'string', pattern: '^[0-9]+$' },
    },
    productOrder: {
      ...ref,
      description: "The product order the state checks read (default: the step's first).",
    },
    productOrderStatus: enumOf('ProductOrderStatus'),
    placeOrderStatus: enumOf('PlaceOrderStatus'),
    claimType: { ...enumOf('ClaimType', true), description: 'null: no claim.' },
    claimStatus: enumOf('ClaimStatus', true),
    holdbackStatus: enumOf('HoldbackStatus', true),
    lastChangedTypes: {
      type: 'array',
      description: 'lastChangedType rows the product order gained during this step, in order ([] = none).',
      items: enumOf('LastChangedType'),
    },
    detail: { type: 'object', description: 'A subset of the product-order detail (product-orders/query).' },
    response: { description: 'A subset of the response body.' },
  },
}

const targets = {
  productOrder: ref,
  productOrders: {
    description: 'Several product orders, or the name of a created order for all of its product orders.',
    oneOf: [{ type: 'array', items: ref, minItems: 1 }, ref],
  },
}
const common = { title: { type: 'string' }, expect: { $ref: '#/definitions/expectation' } }

const step = (action: string, schema: unknown, extra: Record<string, unknown> = {}, description = '') => ({
  type: 'object',
  description,
  required: [action],
  additionalProperties: false,
  properties: { [action]: schema, ...common, ...extra },
})

/** The JSON Schema (draft-07, for the widest editor support) of a scenario file. */
export const SCENARIO_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://npay-sandbox.dev/schema/scenario.schema.json',
  $comment: 'Generated from scenarios/src/runner/schema.ts by `pnpm gen`; do not edit.',
  title: 'npay-sandbox QA scenario',
  type: 'object',
  required: ['name', 'steps'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    tags: { type: 'array', items: { type: 'string' } },
    merchant: {
      type: 'object',
      additionalProperties: false,
      description: "The scenario's merchant app.",
      properties: {
        api: {
          enum: [...API_PROFILES],
          description:
            'The API the merchant speaks: npay (default; the Npay 주문형 가맹점 API at /npay/partner) or commerce (the Commerce API of smartstore sellers at /external). `call` steps use its paths and operations.',
        },
      },
    },
    steps: { type: 'array', minItems: 1, items: { $ref: '#/definitions/step' } },
  },
  definitions: {
    expectation,
    step: {
      oneOf: [
        step(
          'create',
          {
            type: 'object',
            required: ['as'],
            description: 'Place an order as the buyer (control plane). Omitted fields are generated.',
            properties: {
              as: name,
              items: {
                oneOf: [
                  { type: 'integer', minimum: 1, maximum: 50 },
                  { type: 'array', minItems: 1, items: { type: 'object' } },
                ],
              },
              quantity: { type: 'integer', minimum: 1 },
              paid: { type: 'boolean' },
              merchant: { enum: ['self', 'other'] },
              paymentMeans: { type: 'string' },
              ordererName: { type: 'string' },
            },
          },
          {},
          'Place an order as the buyer.',
        ),
        step(
          'call',
          { enum: CALLABLE_OPERATIONS },
          {
            ...targets,
            body: {
              type: ['object', 'null'],
              description: 'Merged over generated defaults; a null field removes it.',
            },
            params: { type: 'object', description: 'Path and query parameters.' },
          },
          "Call the real API as the merchant, by operationId (the merchant's API: see merchant.api).",
        ),
        step(
          'event',
          { enum: [...SANDBOX_EVENTS] },
          {
            ...targets,
            body: { type: 'object', description: 'reason, detailedReason, quantity, shippingAddress' },
          },
          'Make the buyer, the carrier or the platform act (control plane).',
        ),
        step(
          'advance',
          {
            oneOf: [
              { type: 'string', pattern: '^(\\d+(ms|s|m|h|d|w))+$' },
              { type: 'integer', minimum: 0 },
            ],
          },
          {},
          "Move the merchant's virtual clock; due platform events fire.",
        ),
        {
          type: 'object',
          required: ['expect'],
          additionalProperties: false,
          properties: common,
          description: 'Only check.',
        },
      ],
    },
  },
} as const
