import { expect, test } from 'vitest'
import { KoreanFaker } from '../src/index.ts'

const orders = Array.from({ length: 50 }, (_, i) => new KoreanFaker(i).order({ items: 2 }))

test('buyers get Korean names and 010 mobile numbers', () => {
  for (const o of orders) {
    expect(o.ordererName).toMatch(/^[가-힣]{2,4}$/)
    expect(o.ordererTel).toMatch(/^010-\d{4}-\d{4}$/)
  }
})

test('shipping addresses are domestic road-name addresses with 5-digit zip codes', () => {
  for (const { shippingAddress: a } of orders) {
    expect(a).toMatchObject({
      addressType: 'DOMESTIC',
      country: '한국',
      isRoadNameAddress: true,
      city: '',
      state: '',
    })
    expect(a!.zipCode).toMatch(/^(0[1-9]|[1-5]\d|6[0-3])\d{3}$/)
    expect(a!.baseAddress).toMatch(/^\S+(도|시) \S+ \S+(로|길) \d+$/)
  }
})

test('lines carry catalogue products, options and KRW prices', () => {
  for (const item of orders.flatMap((o) => o.items ?? [])) {
    expect(item.productName).toMatch(/[가-힣]/)
    expect(item.optionName).toBeTruthy()
    expect(Number.isInteger(item.unitPrice) && item.unitPrice! % 100 === 0).toBe(true)
  }
})

test('the same seed gives the same data, another seed other data', () => {
  expect(new KoreanFaker(3).order()).toEqual(new KoreanFaker(3).order())
  expect(new KoreanFaker(3).order()).not.toEqual(new KoreanFaker(4).order())
})

test('unpaid orders are virtual-account (무통장입금) orders', () => {
  expect(new KoreanFaker(1).order({ paid: false })).toMatchObject({ paid: false, paymentMeans: '무통장입금' })
})
