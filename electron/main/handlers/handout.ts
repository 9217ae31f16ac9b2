import type { Handlers } from '../dispatcher'
import type { Services } from '../services'

type HandoutMethods = 'previewHandout' | 'saveHandout' | 'printHandout' | 'openSavedFile'

export function handoutHandlers({ handouts }: Services): Pick<Handlers, HandoutMethods> {
  return {
    previewHandout: (source, options) => handouts.preview(source, options),
    saveHandout: (source, options) => handouts.save(source, options),
    printHandout: (source, options) => handouts.print(source, options),
    openSavedFile: (path) => handouts.openSaved(path)
  }
}
