// @ts-check
// Snapshots of the merchant on the clock page: save it now, try things, put it back (restore) or forget it.
/** @import { Schemas, ViewContext } from '../../../dashboard.js' */
import { control } from '../api.js'
import { fill, h, shortDate, toast } from '../dom.js'

/** @typedef {Schemas['MerchantSnapshot']} Snapshot */

/**
 * The snapshot panel; `restored` runs after a restore (the page redraws its clock and preview).
 * @param {() => ViewContext} context
 * @param {(snapshot: Snapshot, now: string) => Promise<void>} restored
 */
export function snapshotPanel(context, restored) {
  const list = h('div', { 'data-testid': 'snapshot-list' })
  const label = /** @type {HTMLInputElement} */ (
    h('input', { name: 'label', maxlength: 80, 'data-testid': 'snapshot-label' })
  )
  const clientId = () => context().clientId ?? ''

  async function refresh() {
    const t = context().t
    const { snapshots, limit } = await control('listSnapshots', { path: { clientId: clientId() } })
    fill(
      list,
      snapshots.length === 0
        ? h('p', { class: 'muted' }, t('snap.none'))
        : h(
            'ul',
            { class: 'snapshots' },
            snapshots.map((s) =>
              h(
                'li',
                { 'data-testid': `snapshot-${s.id}` },
                h('strong', {}, s.label),
                ' ',
                h('span', { class: 'mono nowrap' }, shortDate(s.at)),
                ' ',
                h('span', { class: 'small muted' }, t('snap.holds', { count: s.productOrders })),
                ' ',
                h(
                  'button',
                  { type: 'button', 'data-testid': `restore-${s.id}`, onclick: () => run(() => restore(s)) },
                  t('snap.restore'),
                ),
                ' ',
                h(
                  'button',
                  { type: 'button', 'data-testid': `delete-${s.id}`, onclick: () => run(() => forget(s)) },
                  t('snap.delete'),
                ),
              ),
            ),
          ),
      h('p', { class: 'small muted' }, t('snap.limit', { count: snapshots.length, limit })),
    )
  }

  async function take() {
    const snapshot = await control('takeSnapshot', {
      path: { clientId: clientId() },
      body: label.value.trim() ? { label: label.value.trim() } : {},
    })
    label.value = ''
    toast(context().t('snap.taken', { label: snapshot.label }))
    await refresh()
  }

  /** @param {Snapshot} s */
  async function restore(s) {
    const t = context().t
    const answer = await control('restoreSnapshot', { path: { clientId: clientId(), snapshotId: s.id } })
    toast(t('snap.restored', { label: s.label }))
    await restored(s, answer.now)
  }

  /** @param {Snapshot} s */
  async function forget(s) {
    await control('deleteSnapshot', { path: { clientId: clientId(), snapshotId: s.id } })
    toast(context().t('snap.deleted', { label: s.label }))
    await refresh()
  }

  /** @param {() => Promise<void>} action */
  const run = (action) => action().catch((error) => toast(error.message, 'error'))

  /** The panel, drawn in the page's language. */
  function element() {
    const t = context().t
    return h(
      'section',
      { class: 'panel', 'data-testid': 'snapshots' },
      h('h2', {}, t('snap.title')),
      h('p', { class: 'muted' }, t('snap.help')),
      h(
        'form',
        {
          class: 'inline',
          /** @param {SubmitEvent} e */
          onsubmit: (e) => {
            e.preventDefault()
            run(take)
          },
        },
        h('label', {}, t('snap.label'), ' ', label),
        h('button', { type: 'submit', class: 'primary', 'data-testid': 'take-snapshot' }, t('snap.take')),
      ),
      list,
    )
  }

  return { element, refresh }
}
