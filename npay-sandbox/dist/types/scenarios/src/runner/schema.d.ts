/** Operations a scenario may call: every operation of the real API but the token endpoint. */
export declare const CALLABLE_OPERATIONS: readonly string[]
/** The JSON Schema (draft-07, for the widest editor support) of a scenario file. */
export declare const SCENARIO_SCHEMA: {
  readonly $schema: 'http://json-schema.org/draft-07/schema#'
  readonly $id: 'https://npay-sandbox.dev/schema/scenario.schema.json'
  readonly $comment: 'Generated from scenarios/src/runner/schema.ts by `pnpm gen`; do not edit.'
  readonly title: 'npay-sandbox QA scenario'
  readonly type: 'object'
  readonly required: readonly ['name', 'steps']
  readonly additionalProperties: false
  readonly properties: {
    readonly name: {
      readonly type: 'string'
      readonly minLength: 1
    }
    readonly description: {
      readonly type: 'string'
    }
    readonly tags: {
      readonly type: 'array'
      readonly items: {
        readonly type: 'string'
      }
    }
    readonly steps: {
      readonly type: 'array'
      readonly minItems: 1
      readonly items: {
        readonly $ref: '#/definitions/step'
      }
    }
  }
  readonly definitions: {
    readonly expectation: {
      type: string
      additionalProperties: boolean
      description: string
      properties: {
        status: {
          type: string
          minimum: number
          maximum: number
          description: string
        }
        code: {
          type: string
          description: string
        }
        failures: {
          type: string
          description: string
          additionalProperties: {
            type: string
            pattern: string
          }
        }
        productOrder: {
          description: string
          type: string
          minLength: number
        }
        productOrderStatus: {
          enum: (string | null)[]
        }
        placeOrderStatus: {
          enum: (string | null)[]
        }
        claimType: {
          description: string
          enum: (string | null)[]
        }
        claimStatus: {
          enum: (string | null)[]
        }
        holdbackStatus: {
          enum: (string | null)[]
        }
        lastChangedTypes: {
          type: string
          description: string
          items: {
            enum: (string | null)[]
          }
        }
        detail: {
          type: string
          description: string
        }
        response: {
          description: string
        }
      }
    }
    readonly step: {
      readonly oneOf: readonly [
        {
          type: string
          description: string
          required: string[]
          additionalProperties: boolean
          properties: {
            title: {
              type: string
            }
            expect: {
              $ref: string
            }
          }
        },
        {
          type: string
          description: string
          required: string[]
          additionalProperties: boolean
          properties: {
            title: {
              type: string
            }
            expect: {
              $ref: string
            }
          }
        },
        {
          type: string
          description: string
          required: string[]
          additionalProperties: boolean
          properties: {
            title: {
              type: string
            }
            expect: {
              $ref: string
            }
          }
        },
        {
          type: string
          description: string
          required: string[]
          additionalProperties: boolean
          properties: {
            title: {
              type: string
            }
            expect: {
              $ref: string
            }
          }
        },
        {
          readonly type: 'object'
          readonly required: readonly ['expect']
          readonly additionalProperties: false
          readonly properties: {
            title: {
              type: string
            }
            expect: {
              $ref: string
            }
          }
          readonly description: 'Only check.'
        },
      ]
    }
  }
}
