/** `npay-sandbox`: the command line. Reads process.env and argv in commands and nowhere else. */
import { COMMANDS } from './commands/index.ts'

async function help(): Promise<string> {
  const commands = await Promise.all(
    Object.entries(COMMANDS).map(async ([name, load]) => [name, await load()] as const),
  )
  const lines = [
    'npay-sandbox — offline emulator of the Naver Pay 주문형 가맹점 order-management API',
    '',
    'Usage:',
  ]
  for (const [, command] of commands) lines.push(command.usage, '')
  lines.push('  npay-sandbox help', '      Show this help.', '', 'Commands:')
  for (const [name, command] of commands) lines.push(`  ${name.padEnd(10)} ${command.summary}`)
  return lines.join('\n')
}

const [name, ...rest] = process.argv.slice(2)
const load = name ? COMMANDS[name] : undefined
if (load) {
  await (await load()).run(rest).catch((error: unknown) => {
    console.error(`npay-sandbox ${name}: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
} else if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
  console.log(await help())
} else {
  console.error(`npay-sandbox: unknown command ${name}\n\n${await help()}`)
  process.exit(2)
}
