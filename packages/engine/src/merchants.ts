/** Merchant apps (tenants' credentials and claim settings) and how new ones are generated. */
import { type ApiProfile, isBcryptSalt } from '@npay-sandbox/protocol'
import type { Schemas } from '@npay-sandbox/schema'
import { postalAddress } from './addresses.ts'
import type { FakeAddress } from './fake.ts'
import { SandboxError } from './sandbox-error.ts'

export type ReturnReceiveAddress = Schemas['ReturnReceiveAddress']

/** One-way return shipping fee a buyer-fault claim is charged when the merchant sets none (won). */
export const DEFAULT_RETURN_DELIVERY_FEE = 3_000

export interface Merchant {
  /**
   * Which API the app speaks: the Npay mall API (`npay`, at `/npay/partner`) or the Commerce API
   * (`commerce`, at `/external`). Merchants saved before profiles existed lack it and are `npay`.
   */
  api?: ApiProfile
  clientId: string
  clientSecret: string
  mallId: string
  name: string
  isDefault: boolean
  /** Address the merchant ships from (`takingAddress`). */
  takingAddress: FakeAddress
  /**
   * Where returned and exchanged items go (`returnReceiveAddress` of every return and exchange, facts
   * §8.4). Merchants saved before this setting existed lack it; claims then use `returnReceiveAddressOf`.
   */
  returnReceiveAddress?: ReturnReceiveAddress
  /** One-way return shipping fee (won) charged on buyer-fault returns and exchanges (facts §8.6). */
  returnDeliveryFee?: number
}

/**
 * The return address derived from where a merchant ships from: its taking address with a logistics
 * centre id named after the mall (facts §8.4 documents the id; its format is not public).
 * @example returnReceiveAddressOf(merchant.takingAddress, merchant.mallId).logisticsCenterId // 'np_ab12cd-RC01'
 */
export function returnReceiveAddressOf(
  takingAddress: Readonly<Schemas['Address']>,
  mallId: string | undefined,
): ReturnReceiveAddress {
  return {
    ...postalAddress(takingAddress),
    logisticsCenterId: `${mallId ?? 'np'}-RC01`,
  } as ReturnReceiveAddress
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const BCRYPT_ALPHABET = `./${ALNUM}`

function randomString(random: () => number, alphabet: string, length: number): string {
  let s = ''
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)]
  return s
}

const MALL_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/**
 * A mall id in the form each API shows: `np_` + 6 characters for Npay merchants [NPAY format], `ncp_` + 6
 * characters + `_01` for Commerce sellers (the docs' example `ncp_1nsut9_01` [DOC]).
 */
function defaultMallId(api: ApiProfile, random: () => number): string {
  const id = randomString(random, MALL_ID_ALPHABET, 6)
  return api === 'commerce' ? `ncp_${id}_01` : `np_${id}`
}

/** The API a merchant app speaks (`npay` for merchants saved before profiles existed). */
export const apiOf = (merchant: Pick<Merchant, 'api'>): ApiProfile => merchant.api ?? 'npay'

/** Fills in what a new merchant lacks; refuses secrets that are not bcrypt salts of a sane cost. */
export function newMerchant(
  input: {
    clientId?: string | undefined
    clientSecret?: string | undefined
    mallId?: string | undefined
    name?: string | undefined
    api?: ApiProfile | undefined
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
  const api = input.api ?? 'npay'
  const mallId = input.mallId ?? defaultMallId(api, random)
  const name = input.name ?? (api === 'commerce' ? `스마트스토어 ${mallId}` : `가맹점 ${mallId}`)
  const takingAddress: FakeAddress = {
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
  }
  return {
    api,
    clientId,
    clientSecret,
    mallId,
    name,
    isDefault,
    takingAddress,
    returnReceiveAddress: returnReceiveAddressOf(takingAddress, mallId),
    returnDeliveryFee: DEFAULT_RETURN_DELIVERY_FEE,
  }
}
