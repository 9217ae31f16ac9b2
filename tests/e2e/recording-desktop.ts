import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Desktop } from '../../electron/main/desktop'

/** Stands in for the native dialogs: answers as a clinician would and records what was asked. */
export interface RecordingDesktop extends Desktop {
  readonly home: string
  saveDialogs: { title: string; defaultName: string }[]
  opened: string[]
  printed: string[]
  errors: { title: string; message: string }[]
  /** The next dialog is cancelled. */
  cancelNext: boolean
  /** The file the next open dialog picks. */
  nextOpenPath: string | null
}

export function recordingDesktop(home: string): RecordingDesktop {
  const desktop: RecordingDesktop = {
    home,
    saveDialogs: [],
    opened: [],
    printed: [],
    errors: [],
    cancelNext: false,
    nextOpenPath: null,
    async chooseSavePath({ title, defaultName }) {
      desktop.saveDialogs.push({ title, defaultName })
      if (desktop.cancelNext) return (desktop.cancelNext = false), null
      return join(home, defaultName)
    },
    async chooseOpenPath() {
      if (desktop.cancelNext) return (desktop.cancelNext = false), null
      return desktop.nextOpenPath
    },
    async openPath(path) {
      desktop.opened.push(path)
    },
    async printPdf(path) {
      // The print file is temporary; keep a copy so the test can read what would be printed.
      const kept = join(home, `printed-${desktop.printed.length}.pdf`)
      copyFileSync(path, kept)
      desktop.printed.push(kept)
    },
    async showError(title, message) {
      desktop.errors.push({ title, message })
    }
  }
  return desktop
}
