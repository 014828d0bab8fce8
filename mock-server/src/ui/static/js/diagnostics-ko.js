// @ts-check
// Korean renderings of the emulator's English diagnostics (journal, action results). Unknown text stays as it is.

/**
 * [pattern, Korean replacement]; `$1`… are the pattern's groups. First match wins, applied per sentence.
 * @type {[RegExp, string | ((match: string, ...groups: string[]) => string)][]}
 */
const RULES = [
  [
    /^the access token has expired on this merchant's clock: issue a new one$/,
    '이 가맹점의 가상 시각으로 액세스 토큰이 만료되었습니다. 새 토큰을 발급받으세요.',
  ],
  [
    /^(.*): the access token expired mid-flow; issue a new one$/,
    '$1: 처리 중에 액세스 토큰이 만료되었습니다. 새 토큰을 발급받으세요.',
  ],
  [
    /^the Authorization header must be "Bearer \{access_token\}"$/,
    'Authorization 헤더는 "Bearer {access_token}" 형식이어야 합니다.',
  ],
  [/^unknown access token: issue one at (\S+)$/, '알 수 없는 액세스 토큰입니다. $1 에서 발급받으세요.'],
  [/^the application of this token no longer exists$/, '이 토큰의 애플리케이션이 더 이상 없습니다.'],
  [/^the request body is not valid JSON$/, '요청 본문이 올바른 JSON이 아닙니다.'],
  [/^invalid request: (.*)$/, '잘못된 요청: $1'],
  [/^injected fault \((.*?)\): (.*)$/, '주입된 장애 ($1): $2'],
  [
    /^the window from lastChangedFrom to lastChangedTo may span at most 24 hours$/,
    'lastChangedFrom 부터 lastChangedTo 까지는 최대 24시간입니다.',
  ],
  [
    /^the conditional query window must be at most 24 hours and `to` must not precede `from`$/,
    '조건 조회 기간은 최대 24시간이며 `to` 가 `from` 보다 앞설 수 없습니다.',
  ],
  [/^(\S+) "(.*)" is not a valid date-time: (.*)$/, '$1 "$2" 은(는) 올바른 일시가 아닙니다: $3'],
  [
    /^(\S+) refused (\d+) \((\w+)\) in (.*?)(?:: it is already where \S+ leads, since (.*) at (\S+))?; merchant actions allowed now: (.*)$/,
    (_, action, id, code, state, by, at, allowed) =>
      `${action} 이(가) ${id} 을(를) 거부했습니다 (${code}, 현재 ${state})` +
      (by ? `. ${at} 에 ${by} 이(가) 이미 이 단계를 처리했습니다` : '') +
      `. 지금 가능한 가맹점 액션: ${allowed === 'none' ? '없음' : allowed}`,
  ],
  [/^\((\d+) more refused\)$/, '(외 $1건 거부)'],
]

/** @param {string} sentence */
function one(sentence) {
  for (const [pattern, to] of RULES)
    if (pattern.test(sentence)) return sentence.replace(pattern, /** @type {any} */ (to))
  return sentence
}

/**
 * @example diagnosticKo('the request body is not valid JSON') // '요청 본문이 올바른 JSON이 아닙니다.'
 * @param {string} text
 * @returns {string}
 */
export function diagnosticKo(text) {
  if (!text) return text
  return text
    .split('; ')
    .map((part) => {
      const more = part.match(/^(.*) (\(\d+ more refused\))$/)
      return more ? `${one(more[1] ?? '')} ${one(more[2] ?? '')}` : one(part)
    })
    .join('; ')
}
