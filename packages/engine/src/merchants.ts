/** Merchant apps (tenants' credentials) and how new ones are generated. */
import { isBcryptSalt } from '@npay-sandbox/protocol'
import type { FakeAddress } from './fake.ts'
import { SandboxError } from './sandbox-error.ts'

export interface Merchant {
  clientId: string
  clientSecret: string
  mallId: string
  name: string
  isDefault: boolean
  /** Address the merchant ships from (`takingAddress`). */
  takingAddress: FakeAddress
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const BCRYPT_ALPHABET = `./${ALNUM}`

function randomString(random: () => number, alphabet: string, length: number): string {
  let s = ''
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)]
  return s
}

/** Fills in what a new merchant lacks; refuses secrets that are not bcrypt salts of a sane cost. */
export function newMerchant(
  input: {
    clientId?: string | undefined
    clientSecret?: string | undefined
    mallId?: string | undefined
    name?: string | undefined
  },
  random: () => number,
  isDefault: boolean,
): Merchant {
  const clientSecret = input.clientSecret ?? `$2a$04$${randomString(random, BCRYPT_ALPHABET, 22)}`
  if (!isBcryptSalt(clientSecret) || Number(clientSecret.slice(4, 6)) > 12) {
    throw new SandboxError(
      400,
      'BAD_REQUEST',
      'clientSecret must be a bcrypt salt: $2a$ + 2-digit cost (04–12) + $ + 22 characters of ./A-Za-z0-9',
    )
  }
  const clientId = input.clientId ?? randomString(random, ALNUM, 22)
  if (!/^[A-Za-z0-9_-]{4,64}$/.test(clientId)) {
    throw new SandboxError(400, 'BAD_REQUEST', 'clientId must be 4–64 characters of A-Za-z0-9_-')
  }
  const mallId = input.mallId ?? `np_${randomString(random, 'abcdefghijklmnopqrstuvwxyz0123456789', 6)}`
  const name = input.name ?? `가맹점 ${mallId}`
  return {
    clientId,
    clientSecret,
    mallId,
    name,
    isDefault,
    takingAddress: {
      addressType: 'DOMESTIC',
      name,
      tel1: '02-1588-0000',
      zipCode: '13561',
      baseAddress: '경기도 성남시 분당구 불정로 6',
      detailedAddress: '물류센터 1층',
      city: '',
      state: '',
      country: '한국',
      isRoadNameAddress: true,
    },
  }
}
