import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The one-way import rule lives in eslint.config.js; this proves it bites.
const eslint = new ESLint({ cwd: process.cwd() })

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('one-way imports', () => {
  it('refuses main-process, renderer, Electron and Node imports in shared/', async () => {
    const code = [
      "import { createServices } from '../../electron/main/services'",
      "import App from '../renderer/src/App.vue'",
      "import { app } from 'electron'",
      "import { readFileSync } from 'node:fs'",
      'export const used = [createServices, App, app, readFileSync]'
    ].join('\n')
    expect(await restrictedImportErrors('shared/domain/example.ts', code)).toHaveLength(4)
  }, 30_000)

  it('refuses main-process and Electron imports in the renderer', async () => {
    const code = "import { createServices } from '../../../electron/main/services'\nimport { ipcRenderer } from 'electron'\nexport const used = [createServices, ipcRenderer]"
    expect(await restrictedImportErrors('renderer/src/features/example.ts', code)).toHaveLength(2)
  }, 30_000)

  it('lets the main process use shared/', async () => {
    const code = "import { contract } from '../../shared/ipc/contract'\nexport const used = contract"
    expect(await restrictedImportErrors('electron/main/example.ts', code)).toEqual([])
  }, 30_000)
})
