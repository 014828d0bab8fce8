import { describe, expect, test } from 'vitest'
import { decodeSign, isBcryptSalt, signClientSecret, verifyClientSecretSign } from '../src/index.ts'

// Vectors of facts §3.3, computed with bcryptjs.
const vectors = [
  {
    clientId: 'aaaabbbbcccc',
    clientSecret: '$2a$10$abcdefghijklmnopqrstuv',
    timestamp: '1643961623299',
    sign: 'JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy',
  },
  {
    clientId: '7dMvteboKNHwyRremLXXXX',
    clientSecret: '$2a$04$abcdefghijklmnopqrstuu',
    timestamp: '1706671059230',
    sign: 'JDJhJDA0JGFiY2RlZmdoaWprbG1ub3BxcnN0dXVnYkZlS2dic1VOcS5mcEFhQng3MUw4ZXFnSWhpSVh5',
  },
]

describe.each(vectors)('vector $clientId', (v) => {
  test('sign reproduces the documented client_secret_sign', () => {
    expect(signClientSecret(v.clientId, v.clientSecret, v.timestamp)).toBe(v.sign)
  })
  test('verify accepts the documented sign', () => {
    expect(verifyClientSecretSign(v)).toEqual({ ok: true })
  })
  test('verify accepts the URL-safe and unpadded forms', () => {
    const urlSafe = v.sign.replaceAll('+', '-').replaceAll('/', '_')
    expect(verifyClientSecretSign({ ...v, sign: urlSafe })).toEqual({ ok: true })
  })
  test('verify refuses the sign of another timestamp', () => {
    const result = verifyClientSecretSign({ ...v, timestamp: String(Number(v.timestamp) + 1) })
    expect(result).toMatchObject({ ok: false, reason: 'mismatch' })
  })
})

test('the sign is always 80 characters of [A-Za-z0-9]', () => {
  const sign = signClientSecret('client', '$2a$04$abcdefghijklmnopqrstuu', Date.now())
  expect(sign).toMatch(/^[A-Za-z0-9]{80}$/)
  expect(decodeSign(sign)).toMatch(/^\$2a\$04\$/)
})

test.each([
  ['plain text', 'my-secret'],
  ['missing cost', '$2a$abcdefghijklmnopqrstuvwxy'],
  ['short salt', '$2a$04$abcdefghij'],
  ['bad alphabet', '$2a$04$abcdefghijklmnopqrstu!'],
  ['cost too low', '$2a$03$abcdefghijklmnopqrstuu'],
])('a secret that is not a bcrypt salt (%s) is refused with an explanation', (_, secret) => {
  expect(isBcryptSalt(secret)).toBe(false)
  expect(() => signClientSecret('c', secret, 1)).toThrow(/bcrypt salt/)
  const result = verifyClientSecretSign({ clientId: 'c', clientSecret: secret, timestamp: '1', sign: 'x' })
  expect(result).toMatchObject({ ok: false, reason: 'secret-not-bcrypt-salt' })
})

test('a sign that is not Base64 of a bcrypt hash is refused with an explanation', () => {
  const result = verifyClientSecretSign({
    clientId: 'c',
    clientSecret: '$2a$04$abcdefghijklmnopqrstuu',
    timestamp: '1',
    sign: 'bm90IGEgaGFzaA==',
  })
  expect(result).toMatchObject({ ok: false, reason: 'sign-not-base64-bcrypt' })
})
