import { expect, test } from 'vitest'
import {
  BusinessCalendar,
  type CommissionRounding,
  commissionOf,
  createEngine,
  FIXED_KOREAN_HOLIDAYS,
  lastDayOfPreviousMonth,
  type SettleCycle,
  type SettlementOptions,
} from '../src/index.ts'

const korean = new BusinessCalendar(FIXED_KOREAN_HOLIDAYS)
const D1: SettleCycle = { kind: 'daily', businessDays: 1 }

// biome-ignore format: one case per line reads as a table
test.each([
  ['a Wednesday, D+1', '2024-05-15', D1, '2024-05-16'],
  ['a Friday, D+1', '2024-05-17', D1, '2024-05-20'],
  ['a Saturday, D+1', '2024-05-18', D1, '2024-05-20'],
  ['a Saturday, D+0', '2024-05-18', { kind: 'daily', businessDays: 0 }, '2024-05-20'],
  ['the Friday before Children’s Day on a Monday, D+1', '2025-05-02', D1, '2025-05-06'],
  ['the day before Liberation Day, D+1', '2024-08-14', D1, '2024-08-16'],
  ['New Year’s Eve, D+2', '2024-12-31', { kind: 'daily', businessDays: 2 }, '2025-01-03'],
  ['a Monday, weekly on Friday', '2024-05-13', { kind: 'weekly', businessDays: 1, weekday: 5 }, '2024-05-17'],
  ['a Friday, weekly on Friday', '2024-05-17', { kind: 'weekly', businessDays: 1, weekday: 5 }, '2024-05-24'],
  ['mid-May, monthly on the 10th', '2024-05-15', { kind: 'monthly', dayOfMonth: 10 }, '2024-06-10'],
  ['New Year’s Eve, monthly on the 1st (a holiday → Thursday the 2nd)', '2024-12-31', { kind: 'monthly', dayOfMonth: 1 }, '2025-01-02'],
] as [string, string, SettleCycle, string][])('the expected date of %s', (_, basis, cycle, expected) => {
  expect(korean.expectedDate(basis, cycle)).toBe(expected)
})

test('extra holidays, dated or yearly, are skipped too', () => {
  const chuseok = new BusinessCalendar([
    ...FIXED_KOREAN_HOLIDAYS,
    '2024-09-16',
    '2024-09-17',
    '2024-09-18',
    '12-24',
  ])
  expect(chuseok.addBusinessDays('2024-09-13', 1)).toBe('2024-09-19')
  expect(chuseok.addBusinessDays('2025-12-23', 1)).toBe('2025-12-26')
})

test('the last VAT day is the end of the previous month, leap years included', () => {
  expect(lastDayOfPreviousMonth('2024-03-01')).toBe('2024-02-29')
  expect(lastDayOfPreviousMonth('2024-01-31')).toBe('2023-12-31')
})

// biome-ignore format: one case per line reads as a table
test.each([
  [21_000, 0.0363, 'round', -762],
  [1_000, 0.0165, 'round', -17],
  [1_000, 0.0165, 'floor', -16],
  [1_001, 0.01, 'ceil', -11],
  [-21_000, 0.0363, 'round', 762],
  [10, 0.02, 'round', 0],
  [0, 0.0363, 'round', 0],
] as [number, number, CommissionRounding, number][])('the commission on %s at %s (%s) is %s', (basis, rate, rounding, expected) => {
  expect(commissionOf(basis, rate, rounding)).toBe(expected)
})

// biome-ignore format: one case per line reads as a table
test.each([
  [{ trigger: 'shipping' }, /settlement.trigger/],
  [{ payCommissionRates: { PAYMEANS_TYPE_CCARD: 1.2 } }, /payCommissionRates.PAYMEANS_TYPE_CCARD/],
  [{ sellingInterlockCommissionRate: -0.01 }, /sellingInterlockCommissionRate/],
  [{ cycle: { kind: 'weekly', businessDays: 1, weekday: 6 } }, /cycle.weekday/],
  [{ cycle: { kind: 'monthly', dayOfMonth: 31 } }, /cycle.dayOfMonth/],
  [{ holidays: ['5/5'] }, /holidays/],
] as [SettlementOptions, RegExp][])('settlement option %o is refused when the engine is built', (settlement, message) => {
  expect(() => createEngine({ settlement })).toThrow(message)
})

test('unlisted payment means are charged the card rate', () => {
  const rates = createEngine({ settlement: { payCommissionRates: { PAYMEANS_TYPE_CCARD: 0.03 } } }).options
    .settlement.payCommissionRates
  expect(rates).toMatchObject({
    PAYMEANS_TYPE_GIFTCARD: 0.03,
    PAYMEANS_TYPE_VACCT: 0.01,
    PAYMEANS_TYPE_BANK: 0.0165,
  })
})
