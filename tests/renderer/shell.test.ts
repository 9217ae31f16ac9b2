import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import App from '../../renderer/src/App.vue'
import Root from '../../renderer/src/Root.vue'
import ClientRow from '../../renderer/src/features/clients/ClientRow.vue'
import SettingsPage from '../../renderer/src/features/settings/SettingsPage.vue'
import { defaultSettings } from '../../shared/domain/settings'
import type { ClientSummary } from '../../shared/ipc/store-types'
import { mountWithApp } from './mount'

const unlocked = { encrypted: true, state: 'unlocked' as const, keptBy: 'keychain' as const, keychain: 'macOS Keychain', keychainProtected: true, passphraseSet: false, dataDir: '/home/clinic/data' }

const quietApi = {
  getPrivacyStatus: async () => ({ ok: true as const, value: unlocked }),
  takeRecoveryKey: async () => ({ ok: true as const, value: null }),
  getRetention: async () => ({ ok: true as const, value: { backupCount: 14, backupDays: 90, damagedFileDays: 60 } }),
  getStoreNotices: async () => ({ ok: true as const, value: [] }),
  getSettings: async () => ({ ok: true as const, value: defaultSettings }),
  listBackups: async () => ({ ok: true as const, value: [] }),
  pageClients: async () => ({ ok: true as const, value: { items: [], offset: 0, total: 0, stored: 0 } })
}

describe('app shell', () => {
  it('offers the four sections in the navigation rail', async () => {
    const wrapper = await mountWithApp(App, quietApi, '/clients')
    await flushPromises()
    const links = wrapper.get('nav[aria-label="Main sections"]').findAll('a')
    expect(links.map((link) => link.text())).toEqual(['Clients', 'Library', 'Templates', 'Settings'])
  })
})

describe('settings page', () => {
  it('shows the version and the data folder from the main process', async () => {
    const wrapper = await mountWithApp(SettingsPage, {
      ...quietApi,
      getAppInfo: async () => ({ ok: true, value: { name: 'PhysioPlan', version: '2.0.1', dataDir: '/home/clinic/data' } })
    })
    await flushPromises()
    expect(wrapper.get('[data-testid="app-version"]').text()).toBe('PhysioPlan 2.0.1')
    expect(wrapper.get('[data-testid="data-dir"]').text()).toBe('/home/clinic/data')
  })

  it('says plainly when the details cannot be read', async () => {
    const wrapper = await mountWithApp(SettingsPage, {
      ...quietApi,
      getAppInfo: async () => ({ ok: false, error: { code: 'io-error', message: 'The data folder cannot be read.' } })
    })
    await flushPromises()
    expect(wrapper.text()).toContain('The data folder cannot be read.')
  })
})

describe('store notices', () => {
  it('tells the clinician what the store repaired, and forgets it once dismissed', async () => {
    const dismissed: string[] = []
    const notice = { id: 'n1', at: '2026-01-01T00:00:00Z', kind: 'restored-from-backup' as const, document: 'your settings', message: 'Your settings were damaged and were restored from this morning’s backup.' }
    const wrapper = await mountWithApp(App, {
      ...quietApi,
      getStoreNotices: async () => ({ ok: true as const, value: [notice] }),
      dismissStoreNotice: async (id: string) => (dismissed.push(id), { ok: true as const, value: undefined })
    }, '/clients')
    await flushPromises()
    expect(wrapper.text()).toContain('restored from this morning’s backup')
    await wrapper.get('section[aria-label="PhysioPlan repaired some data"] button').trigger('click')
    await flushPromises()
    expect(dismissed).toEqual(['n1'])
    expect(wrapper.text()).not.toContain('restored from this morning’s backup')
  })
})

describe('client list', () => {
  // The list itself is virtual (rows drawn only on screen, checked in Chromium by clients.spec.ts); each row is a ClientRow.
  it('keeps a record saved by a newer PhysioPlan in the list, marked as needing a newer version', async () => {
    const summary = { id: 'c1', givenName: 'Ana', familyName: 'Silva', conditions: [], archived: false, updatedAt: '2026-01-01T00:00:00.000Z', planCount: 0, latestScreeningOutcome: null, latestScreeningDate: null }
    const row = (client: ClientSummary) => mountWithApp(defineComponent({ render: () => h(ClientRow, { client, tabindex: 0 }) }), quietApi, '/clients')
    const bea = await row({ ...summary, id: 'c2', givenName: 'Bea', needsNewerVersion: true as const })
    expect(bea.get('[data-testid="needs-newer"]').text()).toBe('· needs a newer PhysioPlan')
    const ana = await row(summary)
    expect(ana.find('[data-testid="needs-newer"]').exists()).toBe(false)
  })
})

describe('lock screen', () => {
  it('keeps the records behind the passphrase, says when it is wrong, and opens once it is right', async () => {
    const tried: unknown[] = []
    const wrapper = await mountWithApp(Root, {
      ...quietApi,
      getPrivacyStatus: async () => ({ ok: true as const, value: { ...unlocked, state: 'locked' as const, keptBy: 'passphrase' as const } }),
      unlockRecords: async (secret: { passphrase: string } | { recoveryKey: string }) => {
        tried.push(secret)
        return 'passphrase' in secret && secret.passphrase === 'the right one!'
          ? { ok: true as const, value: unlocked }
          : { ok: false as const, error: { code: 'wrong-passphrase' as const, message: 'That passphrase is not right. Check it and try again.' } }
      }
    }, '/clients')
    await flushPromises()
    expect(wrapper.find('nav[aria-label="Main sections"]').exists()).toBe(false)
    await wrapper.get('#lock-secret').setValue('wrong')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('That passphrase is not right. Check it and try again.')
    await wrapper.get('#lock-secret').setValue('the right one!')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(tried).toEqual([{ passphrase: 'wrong' }, { passphrase: 'the right one!' }])
    expect(wrapper.find('nav[aria-label="Main sections"]').exists()).toBe(true)
  })
})
