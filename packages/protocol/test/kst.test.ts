import { expect, test } from 'vitest'
import {
  formatKst,
  formatKstDate,
  kstCompactDate,
  kstDayStart,
  parseDateTime,
  parseKstDate,
} from '../src/index.ts'

test('formatKst prints KST with three fraction digits and +09:00', () => {
  expect(formatKst(Date.UTC(2022, 8, 29, 8, 32, 6, 5))).toBe('2022-09-29T17:32:06.005+09:00')
})

test('formatKst rolls the date over at KST midnight', () => {
  expect(formatKst(Date.UTC(2024, 0, 1, 15, 0, 0, 0))).toBe('2024-01-02T00:00:00.000+09:00')
  expect(formatKstDate(Date.UTC(2024, 0, 1, 14, 59, 59, 999))).toBe('2024-01-01')
  expect(kstCompactDate(Date.UTC(2024, 0, 1, 15))).toBe('20240102')
})

test.each([
  ['2022-09-29T17:32:06.000+09:00', Date.UTC(2022, 8, 29, 8, 32, 6)],
  ['2022-09-29T17:32:06.5+09:00', Date.UTC(2022, 8, 29, 8, 32, 6, 500)],
  ['2022-09-29T17:32:06.97+09:00', Date.UTC(2022, 8, 29, 8, 32, 6, 970)],
  ['2022-09-29T08:32:06.000Z', Date.UTC(2022, 8, 29, 8, 32, 6)],
  ['2022-09-29T03:32:06.000-05:00', Date.UTC(2022, 8, 29, 8, 32, 6)],
])('parseDateTime accepts %s', (text, epochMs) => {
  expect(parseDateTime(text)).toEqual({ ok: true, epochMs })
})

test.each([
  ['2022-09-29T17:32:06.000', 'format'],
  ['2022-09-29T17:32:06.000 09:00', 'format'],
  ['2022-09-29 17:32:06.000+09:00', 'format'],
  ['2022-09-29T17:32:06+09:00', 'millis'],
  ['2022-09-29T17:32:06.1234+09:00', 'millis'],
  ['2022-02-30T17:32:06.000+09:00', 'range'],
])('parseDateTime refuses %s (%s)', (text, problem) => {
  expect(parseDateTime(text)).toEqual({ ok: false, problem })
})

test('parseDateTime accepts a missing fraction when millis are not required', () => {
  expect(parseDateTime('2022-09-29T17:32:06+09:00', { requireMillis: false })).toEqual({
    ok: true,
    epochMs: Date.UTC(2022, 8, 29, 8, 32, 6),
  })
})

test('dates parse to the KST midnight that starts them', () => {
  expect(parseKstDate('2024-01-02')).toBe(Date.UTC(2024, 0, 1, 15))
  expect(parseKstDate('2024-02-30')).toBeUndefined()
  expect(parseKstDate('20240102')).toBeUndefined()
  expect(kstDayStart(Date.UTC(2024, 0, 1, 16))).toBe(Date.UTC(2024, 0, 1, 15))
  expect(kstDayStart(Date.UTC(2024, 0, 1, 14))).toBe(Date.UTC(2023, 11, 31, 15))
})
