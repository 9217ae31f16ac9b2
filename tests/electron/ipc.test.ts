import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { contract, channelOf, methodNames, type MethodName } from '../../shared/ipc/contract'
import { encodeCall } from '../../shared/ipc/wire'
import { AppError, type ApiResult } from '../../shared/ipc/result'
import { createDispatcher, type Handlers } from '../../electron/main/dispatcher'
import { createHandlers } from '../../electron/main/handlers'
import { registerIpc } from '../../electron/main/ipc'
import { createServices } from '../../electron/main/services'
import { testVault } from './store/helpers'

const appEntry = new URL('app://physioplan/index.html')
type Listener = (event: unknown, ...args: unknown[]) => Promise<ApiResult<unknown>>

let dataDir: string
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'physioplan-ipc-'))
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

function register(handlers?: Handlers) {
  const registered = new Map<string, Listener>()
  const ipcMain = { handle: vi.fn((channel: string, listener: Listener) => registered.set(channel, listener)) }
  const services = createServices({ dataDir, appName: 'PhysioPlan', appVersion: '1.2.3', vault: testVault })
  const log = { error: vi.fn() }
  registerIpc(ipcMain, createDispatcher(handlers ?? createHandlers(services), log), appEntry)
  /** A call as the app's preload sends it: the arguments in their wire form. */
  const call = (method: MethodName, event: unknown, ...args: unknown[]) => registered.get(channelOf(method))!(event, ...encodeCall(args))
  return { registered, ipcMain, log, call }
}

const fromApp = { senderFrame: { url: `${appEntry.href}#/settings`, parent: null } }

describe('IPC registration', () => {
  it('defines the contract for exactly the declared method names', () => {
    expect(Object.keys(contract).sort()).toEqual([...methodNames].sort())
  })

  it('has one handler for every contract method, and registers each channel once', () => {
    const handlers = createHandlers(createServices({ dataDir, appName: 'PhysioPlan', appVersion: '1', vault: testVault }))
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort())
    const { ipcMain } = register()
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel)
    expect(channels.sort()).toEqual(methodNames.map(channelOf).sort())
  })

  it('answers a call from the app page through the real handler', async () => {
    const { call } = register()
    const result = await call('getAppInfo', fromApp)
    expect(result).toEqual({ ok: true, value: { name: 'PhysioPlan', version: '1.2.3', dataDir } })
  })
})

describe('IPC boundary checks', () => {
  it('rejects a call from a foreign page with a typed error', async () => {
    const { call } = register()
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } }
    const result = await call('getAppInfo', foreign)
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })

  it('rejects a call from a sub-frame of the app page', async () => {
    const { call } = register()
    const subFrame = { senderFrame: { url: appEntry.href, parent: {} } }
    const result = await call('getAppInfo', subFrame)
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })

  it('rejects a call whose frame is gone', async () => {
    const { call } = register()
    const result = await call('getAppInfo', { senderFrame: null })
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })

  it('names an invalid field by its path within the argument, and the argument apart', async () => {
    const { call } = register()
    const result = await call('saveSettings', fromApp, { clinicEmail: 'not-an-email' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.issues).toContainEqual(expect.objectContaining({ argument: 0, path: 'clinicEmail' }))
  })

  it('rejects invalid arguments with the offending field', async () => {
    const { call } = register()
    const result = await call('getAppInfo', fromApp, 'unexpected')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input')
      expect(result.error.issues?.length).toBeGreaterThan(0)
    }
  })

  it('rejects an unknown method name', async () => {
    const dispatch = createDispatcher(createHandlers(createServices({ dataDir, appName: 'P', appVersion: '1', vault: testVault })))
    expect(await dispatch('deleteEverything', [], true)).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
  })

  it('turns a service error into its typed error and hides unexpected ones', async () => {
    const real = createHandlers(createServices({ dataDir, appName: 'P', appVersion: '1', vault: testVault }))
    const failing = (error: Error): Handlers => ({ ...real, getAppInfo: () => { throw error } })
    const typed = register(failing(new AppError('disk-full', 'The disk is full. Your last change was not saved.')))
    expect(await typed.call('getAppInfo', fromApp)).toEqual({
      ok: false,
      error: { code: 'disk-full', message: 'The disk is full. Your last change was not saved.', issues: undefined }
    })

    const unexpected = register(failing(new Error('ENOENT /secret/path')))
    const result = await unexpected.call('getAppInfo', fromApp)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toContain('/secret/path')
    expect(unexpected.log.error).toHaveBeenCalled()
  })
})
