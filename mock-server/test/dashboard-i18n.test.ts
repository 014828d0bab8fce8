/**
 * The dashboard's two languages: every label key exists in Korean and in English with the same `{vars}`, the
 * English text has no Hangul, and the views hold no Korean text of their own outside the dictionaries (the
 * browser side of this is dashboard-language.browser.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const JS = fileURLToPath(new URL('../src/ui/static/js/', import.meta.url))
type Dictionary = Record<string, string>
// Loaded by URL: the dictionaries are the browser's plain JavaScript, typed by the dashboard's own jsconfig.
const dictionary = async (file: string, name: string) =>
  (
    (await import(new URL(`../src/ui/static/js/${file}`, import.meta.url).href)) as Record<string, Dictionary>
  )[name] as Dictionary
const ko = await dictionary('i18n-ko.js', 'ko')
const en = await dictionary('i18n-en.js', 'en')
const HANGUL = /[\uac00-\ud7a3]/
const varsOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

test('every Korean label has an English one and every English label a Korean one', () => {
  expect(Object.keys(ko).filter((k) => !(k in en))).toEqual([])
  expect(Object.keys(en).filter((k) => !(k in ko))).toEqual([])
})

test('both languages of a label fill in the same {vars}', () => {
  const differ = Object.keys(ko).filter(
    (k) => k in en && varsOf(ko[k] ?? '').join() !== varsOf(en[k] ?? '').join(),
  )
  expect(differ).toEqual([])
})

test('no English label shows Korean text', () => {
  expect(Object.entries(en).filter(([, text]) => HANGUL.test(text))).toEqual([])
})

/** Files whose Korean string literals are the translation itself, not text a view writes around the toggle. */
const TRANSLATIONS = new Set([
  'i18n-ko.js', // the Korean dictionary
  'diagnostics-ko.js', // Korean renderings of the emulator's English diagnostics
  'i18n.js', // the Korean units of human durations, beside the English ones
  'views/login.js', // the admin-token prompt's own ko/en texts (it shows before anything else loads)
  'main.js', // the language toggle names Korean in Korean ('한국어') while the page is in English
])

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  )
}

/** String and template literals with Hangul, comments left out (a line comment, a block comment, JSDoc). */
function koreanLiterals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)]
    .map((m) => m[0])
    .filter((text) => HANGUL.test(text))
}

test('the views write no Korean text of their own: it comes from the dictionaries', () => {
  const found = jsFiles(JS)
    .map((file) => [relative(JS, file).split('\\').join('/'), file] as const)
    .filter(([name]) => !TRANSLATIONS.has(name))
    .flatMap(([name, file]) => koreanLiterals(readFileSync(file, 'utf8')).map((text) => `${name}: ${text}`))
  expect(found).toEqual([])
})
