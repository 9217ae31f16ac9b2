import type { Template } from '../../shared/domain/template'
import { readTemplateFile, templateFileExtension, templateFileOf } from '../../shared/domain/template-file'
import { AppError } from '../../shared/ipc/result'
import { readChosenFile, writeChosenFile } from './chosen-file'
import { safeFileName, type Desktop, type FileFilter } from './desktop'
import type { Store } from './store/store'

export const templateFileFilter: FileFilter = { name: 'PhysioPlan template', extensions: [templateFileExtension, 'json'] }
/** A template is a few kilobytes; anything this large is not one. */
const maxTemplateFileBytes = 512 * 1024

const problemMessages = {
  foreign: 'That file is not a PhysioPlan template. Nothing was imported.',
  broken: 'That template file is damaged or incomplete. Nothing was imported.',
  newer: 'That template was made by a newer version of PhysioPlan. Update PhysioPlan to import it. Nothing was imported.'
} as const

/** Sharing templates as files: main asks for the file with the native dialog, checks it, and only then writes. */
export function createTemplateService(store: Store, desktop: Desktop) {
  return {
    async exportTemplate(id: string): Promise<{ filePath: string } | null> {
      const template = (await store.templates.list()).find((t) => t.id === id)
      if (!template) throw new AppError('not-found', 'That template no longer exists.')
      const filePath = await desktop.chooseSavePath({
        title: 'Export the template',
        defaultName: `${safeFileName(template.title)}.${templateFileExtension}`,
        filters: [templateFileFilter]
      })
      if (!filePath) return null
      await writeChosenFile(filePath, templateFileOf(template), 'template')
      return { filePath }
    },

    async importTemplate(): Promise<Template | null> {
      const filePath = await desktop.chooseOpenPath({ title: 'Import a template', filters: [templateFileFilter] })
      if (!filePath) return null
      const reading = readTemplateFile((await readChosenFile(filePath, maxTemplateFileBytes, 'template')).toString('utf8'))
      if (!reading.ok) throw new AppError(reading.problem === 'newer' ? 'newer-version' : 'corrupt-data', problemMessages[reading.problem])
      const library = await store.exerciseLibrary()
      const missing = [...new Set(reading.template.items.map((i) => i.exerciseId).filter((id) => !library.exercises.has(id)))]
      if (missing.length > 0) {
        throw new AppError('not-found', `That template uses ${missing.length === 1 ? 'an exercise' : `${missing.length} exercises`} not in your library (${missing.join(', ')}). Nothing was imported.`)
      }
      return store.templates.adopt(reading.template)
    }
  }
}

export type TemplateService = ReturnType<typeof createTemplateService>
