import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DataAndBackups from '../../renderer/src/features/settings/DataAndBackups.vue'
import { defaultSettings } from '../../shared/domain/settings'
import type { BackupInfo } from '../../shared/ipc/store-types'
import { mountWithApp } from './mount'

const ok = <T>(value: T) => ({ ok: true as const, value })

describe('export and import forms', () => {
  it('a form opened while the backup list is read again after an export stays open', async () => {
    let releaseList: (() => void) | undefined
    let listCalls = 0
    const wrapper = await mountWithApp(DataAndBackups, {
      getSettings: async () => ok(defaultSettings),
      exportAll: async () => ok({ filePath: '/home/me/PhysioPlan export.physioplan', clients: 1 }),
      listBackups: () => {
        listCalls += 1
        // The first read (on mount) answers at once; the one after the export waits.
        if (listCalls === 1) return Promise.resolve(ok<BackupInfo[]>([]))
        return new Promise((resolve) => (releaseList = () => resolve(ok<BackupInfo[]>([]))))
      }
    })
    await flushPromises()
    const button = (label: string) => wrapper.findAll('button').find((b) => b.text() === label)!

    await button('Export all data…').trigger('click')
    const passphrases = wrapper.findAll('input[type=password]')
    await passphrases[0]!.setValue('moving to the new laptop')
    await passphrases[1]!.setValue('moving to the new laptop')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role=status]').text()).toContain('All data exported to')
    expect(releaseList).toBeDefined()

    await button('Import data…').trigger('click')
    releaseList!()
    await flushPromises()
    expect(wrapper.find('label[for=transfer-passphrase]').text()).toBe('Passphrase of the file')
  })

  it('a finished export closes its own form', async () => {
    const wrapper = await mountWithApp(DataAndBackups, {
      getSettings: async () => ok(defaultSettings),
      exportAll: async () => ok({ filePath: '/home/me/PhysioPlan export.physioplan', clients: 1 }),
      listBackups: async () => ok<BackupInfo[]>([])
    })
    await flushPromises()
    await wrapper.findAll('button').find((b) => b.text() === 'Export all data…')!.trigger('click')
    for (const input of wrapper.findAll('input[type=password]')) await input.setValue('moving to the new laptop')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('form').exists()).toBe(false)
  })
})
