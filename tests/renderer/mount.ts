import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import type { Component } from 'vue'
import type { AppApi } from '../../shared/ipc/contract'
import { i18n } from '../../renderer/src/i18n'
import { createAppRouter } from '../../renderer/src/router'

/** Mounts a component with the app's plugins and a window.api of the test's choosing. */
export async function mountWithApp(component: Component, api: Partial<AppApi>, path = '/') {
  Object.defineProperty(window, 'api', { value: api, configurable: true })
  const router = createAppRouter()
  await router.push(path)
  await router.isReady()
  return mount(component, { global: { plugins: [createPinia(), router, i18n] } })
}
