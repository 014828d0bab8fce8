// @ts-check
// The state view's first screen: the selected order's current state, the path it actually took (its history,
// step by step, so a return approved before collection never shows COLLECTING) and what can happen next,
// merchant actions apart from the buyer's, carrier's and platform's events, each with the node it leads to.
import { h } from '../dom.js'
import { stateOf, takenPath, targetsOf } from '../machine-model.js'
import { actorOf, eventName, nodeCode, nodeName } from '../state-names.js'

/** @import { Schemas, ViewContext } from '../../../dashboard.js' */
/**
 * @typedef {Schemas['DiagramNode']} DiagramNode
 * @typedef {Schemas['ProductOrderInspection']} Inspection
 * @typedef {{
 *   machine: Schemas['StateMachine'],
 *   ctx: ViewContext,
 *   counts?: Record<string, number>,
 *   onNode: (id: string) => unknown,
 * }} FocusEnv what the focus draws with
 */

/**
 * A clickable node: its name, its code and how many of the merchant's product orders sit in it.
 * @param {FocusEnv} env
 * @param {DiagramNode} node
 * @param {Record<string, string>} [attrs]
 */
export function nodeChip(env, node, attrs = {}) {
  const { machine, ctx, counts, onNode } = env
  const { class: extra = '', ...rest } = attrs
  const count = counts?.[node.id]
  return h(
    'button',
    {
      type: 'button',
      class: `node-chip lane-${node.lane} ${node.held ? 'held' : ''} ${extra}`,
      title: nodeCode(node),
      onclick: () => onNode(node.id),
      ...rest,
    },
    h('span', { class: 'chip-name' }, nodeName(machine, node, ctx)),
    count ? h('span', { class: 'chip-count', title: ctx.t('machine.countTitle') }, String(count)) : null,
  )
}

/**
 * @param {FocusEnv} env
 * @param {Inspection} inspection
 */
function pathStrip(env, inspection) {
  const { machine, ctx } = env
  const steps = takenPath(machine, inspection)
  const items = [h('li', { class: 'path-start', 'aria-label': ctx.t('machine.start') }, '●')]
  steps.forEach((step, i) => {
    const last = i === steps.length - 1
    items.push(
      h(
        'li',
        {
          class: `edge covered ${step.loop ? 'loop' : ''}`,
          'data-rows': step.rowId,
          'data-testid': 'path-step',
          title: `${step.at} · ${ctx.t(`actor.${step.actor}`)}`,
        },
        h('span', { class: 'path-arrow' }, step.loop ? '↻' : '→'),
        h('span', { class: 'path-event' }, eventName(machine, step.event, ctx)),
        h('span', { class: 'path-row mono' }, step.rowId),
      ),
    )
    // A step that keeps the node is shown on the arrow only, unless it is where the order is now.
    if (!step.loop || last)
      items.push(
        h(
          'li',
          { class: 'path-node' },
          nodeChip(env, step.toNode, {
            'data-node': step.toNode.id,
            'data-testid': 'path-node',
            class: last ? 'current' : 'visited',
          }),
        ),
      )
  })
  return h('ol', { class: 'path', 'data-testid': 'machine-path' }, items)
}

/**
 * @param {FocusEnv} env
 * @param {string} key
 * @param {string} event
 */
function nextStep(env, key, event) {
  const { machine, ctx } = env
  const targets = targetsOf(machine, key, event)
  return h(
    'li',
    { class: 'next-step', 'data-testid': `next-${event}` },
    h('span', { class: 'next-event' }, eventName(machine, event, ctx)),
    h('span', { class: 'path-arrow' }, '→'),
    targets.length
      ? targets.map((node) => nodeChip(env, node, { 'data-target': node.id }))
      : h('span', { class: 'muted' }, ctx.t('machine.keeps')),
  )
}

/**
 * @param {FocusEnv} env
 * @param {string} key
 * @param {string[]} events
 */
function nextSteps(env, key, events) {
  const { machine, ctx } = env
  const merchant = events.filter((e) => actorOf(machine, e) === 'merchant')
  const others = events.filter((e) => actorOf(machine, e) !== 'merchant')
  const actors = [...new Set(others.map((e) => actorOf(machine, e)))]
  /** @type {(title: string, list: string[], testid: string) => HTMLElement} */
  const group = (title, list, testid) =>
    h(
      'section',
      { class: 'next-group', 'data-testid': testid },
      h('h3', {}, title),
      list.length
        ? h(
            'ul',
            { class: 'next-list' },
            list.map((e) => nextStep(env, key, e)),
          )
        : h('p', { class: 'muted small' }, ctx.t('machine.nothingNext')),
    )
  return h(
    'div',
    { class: 'next-groups' },
    group(ctx.t('machine.nextMerchant'), merchant, 'next-merchant'),
    group(
      ctx.t('machine.nextOthers', {
        actors: actors.length ? actors.map((a) => ctx.t(`actor.${a}`)).join(' · ') : ctx.t('machine.nobody'),
      }),
      others,
      'next-others',
    ),
  )
}

/**
 * The focus of the state view for one inspection (or none: the start, where only placement can happen).
 * `env` is `{ machine, ctx, counts, onNode }`.
 * @param {FocusEnv} env
 * @param {Inspection | undefined} inspection
 * @param {string | undefined} productOrderId
 */
export function focusView(env, inspection, productOrderId) {
  const { machine, ctx } = env
  const t = ctx.t
  const current = stateOf(machine, inspection?.history.at(-1)?.to)
  const key = current?.key ?? 'new'
  const events = inspection ? [...inspection.allowedActions, ...inspection.allowedEvents] : ['place-order']
  return h(
    'div',
    { class: 'focus', 'data-testid': 'machine-focus' },
    h(
      'section',
      { class: 'panel focus-now' },
      h('h2', {}, inspection ? t('machine.now') : t('machine.startTitle')),
      inspection
        ? h(
            'p',
            { class: 'focus-order' },
            h(
              'a',
              { class: 'link mono', href: `#/orders/${encodeURIComponent(productOrderId ?? '')}` },
              productOrderId,
            ),
            ' ',
            h('span', { class: 'muted' }, inspection.detail?.productOrder?.productName ?? ''),
          )
        : h('p', { class: 'muted' }, t('machine.pick')),
      inspection ? pathStrip(env, inspection) : null,
    ),
    h(
      'section',
      { class: 'panel focus-next' },
      h('h2', {}, t('machine.next')),
      h('p', { class: 'small muted' }, inspection ? t('machine.nextHint') : t('machine.nextStartHint')),
      nextSteps(env, key, events),
    ),
  )
}
