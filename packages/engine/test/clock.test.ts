import { expect, test } from 'vitest'
import { createEngine, parseDuration, VirtualClock } from '../src/index.ts'
import { DAY, HOUR, MINUTE, newEngine, START } from './support.ts'

test.each([
  ['8d', 8 * DAY],
  ['90m', 90 * MINUTE],
  ['1h30m', HOUR + 30 * MINUTE],
  ['250ms', 250],
  ['45s', 45_000],
  ['2w', 14 * DAY],
  ['1d12h', 36 * HOUR],
  [' 8d ', 8 * DAY],
  ['5000', 5_000],
  [5000, 5_000],
  [0, 0],
])('parseDuration(%o) is %d ms', (input, ms) => {
  expect(parseDuration(input)).toBe(ms)
})

test.each([
  '',
  ' ',
  'abc',
  '5x',
  '1.5h',
  '-1h',
  'h',
  '1h 30m',
  '8days',
  'd8',
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
])('parseDuration(%o) is undefined', (input) => {
  expect(parseDuration(input)).toBeUndefined()
})

test('a frozen clock stands still while real time passes', () => {
  let wall = START
  const clock = new VirtualClock('frozen', START, () => wall)
  wall += HOUR
  expect(clock.now()).toBe(START)
  expect(clock.advance(90 * MINUTE)).toBe(START + 90 * MINUTE)
  expect(clock.now()).toBe(START + 90 * MINUTE)
})

test('a flowing clock follows the wall clock from its start plus what was advanced', () => {
  let wall = START + 5 * DAY
  const clock = new VirtualClock('flowing', START, () => wall)
  expect(clock.now()).toBe(START)
  wall += MINUTE
  expect(clock.now()).toBe(START + MINUTE)
  clock.advance(HOUR)
  expect(clock.now()).toBe(START + MINUTE + HOUR)
  expect(clock.offset()).toBe(HOUR - 5 * DAY)
})

test.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
  'advance(%d) is refused and the clock does not move',
  (ms) => {
    const clock = new VirtualClock('frozen', START)
    expect(() => clock.advance(ms)).toThrow(RangeError)
    expect(clock.now()).toBe(START)
  },
)

test("a frozen engine's tenant moves only on advance", () => {
  const tenant = newEngine().tenant()
  expect(tenant.now()).toBe(START)
  tenant.tick()
  expect(tenant.now()).toBe(START)
  tenant.advance(DAY)
  expect(tenant.now()).toBe(START + DAY)
})

test('tenant.advance refuses negative values', () => {
  const tenant = newEngine().tenant()
  expect(() => tenant.advance(-MINUTE)).toThrow(RangeError)
  expect(tenant.now()).toBe(START)
})

test('each merchant has its own clock', () => {
  const engine = newEngine()
  const other = engine.tenant(engine.createMerchant().clientId)
  other.advance(DAY)
  expect(engine.tenant().now()).toBe(START)
  expect(other.now()).toBe(START + DAY)
})

test('engine options are checked when the engine is built', () => {
  expect(() => createEngine({ clock: 'stopped' as never })).toThrow(TypeError)
  expect(() => createEngine({ paymentDueDays: 0 })).toThrow(TypeError)
  expect(() => createEngine({ autoPurchaseDecisionDays: -1 })).toThrow(TypeError)
  expect(() => createEngine({ seed: 1.5 })).toThrow(TypeError)
})

test('a merchant created later starts its flowing clock at the same offset from real time as the first', () => {
  let wall = Date.UTC(2024, 4, 15, 1)
  const engine = createEngine({ wallClock: () => wall })
  wall += 3_600_000
  const later = engine.tenant(engine.createMerchant().clientId)
  expect(later.clock.offset()).toBe(0)
  expect(later.now()).toBe(wall)
})
