import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import App from '../../renderer/src/App.vue'
import SettingsPage from '../../renderer/src/features/settings/SettingsPage.vue'
import { mountWithApp } from './mount'

describe('app shell', () => {
  it('offers the four sections in the navigation rail', async () => {
    const wrapper = await mountWithApp(App, {}, '/clients')
    const links = wrapper.get('nav[aria-label="Main sections"]').findAll('a')
    expect(links.map((link) => link.text())).toEqual(['Clients', 'Library', 'Templates', 'Settings'])
  })
})

describe('settings page', () => {
  it('shows the version and the data folder from the main process', async () => {
    const wrapper = await mountWithApp(SettingsPage, {
      getAppInfo: async () => ({ ok: true, value: { name: 'PhysioPlan', version: '2.0.1', dataDir: '/home/clinic/data' } })
    })
    await flushPromises()
    expect(wrapper.get('[data-testid="app-version"]').text()).toBe('PhysioPlan 2.0.1')
    expect(wrapper.get('[data-testid="data-dir"]').text()).toBe('/home/clinic/data')
  })

  it('says plainly when the details cannot be read', async () => {
    const wrapper = await mountWithApp(SettingsPage, {
      getAppInfo: async () => ({ ok: false, error: { code: 'io-error', message: 'The data folder cannot be read.' } })
    })
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('The data folder cannot be read.')
  })
})
