import type { Handlers } from '../dispatcher'
import type { Services } from '../services'

export function settingsHandlers({ store }: Services): Pick<Handlers, 'getSettings' | 'saveSettings' | 'setClinicLogo' | 'getClinicLogo'> {
  return {
    getSettings: () => store.settings.get(),
    saveSettings: (input) => store.settings.save(input),
    setClinicLogo: (source) => store.settings.setLogo(source),
    getClinicLogo: () => store.settings.getLogo()
  }
}
