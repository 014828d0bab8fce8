/**
 * Three deliberate alterations of the emulator's responses for the proof test: a response field renamed,
 * an error code changed, an enum value the document does not know.
 */
export async function altered(_request: Request, response: Response): Promise<Response> {
  const text = await response.text()
  const changed = text
    .replaceAll('"productName":', '"productTitle":')
    .replaceAll('"code":"100003"', '"code":"100001"')
    .replaceAll('"taxType":"TAXATION"', '"taxType":"TAXATION_ZERO"')
  return new Response(changed, { status: response.status, headers: response.headers })
}
