import { buildHandout, type HandoutInput, type HandoutWarning } from '../../../shared/handout'
import { loadLogo } from './logo'
import { pdfmakeReady } from './pdfmake-setup'

export interface RenderHandoutInput extends Omit<HandoutInput, 'logo'> {
  /** The clinic logo: a file path or the file's bytes. Checked here; a bad one is left out. */
  logo?: string | Uint8Array
}

export interface RenderedHandout {
  pdf: Buffer
  warnings: HandoutWarning[]
}

/**
 * The patient handout as PDF bytes, in plain Node (no Electron), so the app, the CLI, tests and
 * the bench all share it. A logo pdfkit cannot decode costs the logo, never the handout.
 */
export async function renderHandoutPdf(input: RenderHandoutInput): Promise<RenderedHandout> {
  const pdfmake = await pdfmakeReady()
  const loaded = input.logo === undefined ? undefined : await loadLogo(input.logo)
  const logoWarnings = loaded?.warning ? [loaded.warning] : []
  const { logo: _source, ...rest } = input
  const built = buildHandout({ ...rest, ...(loaded?.logo ? { logo: loaded.logo } : {}) })
  try {
    const pdf = await pdfmake.createPdf(built.docDefinition).getBuffer()
    return { pdf, warnings: [...logoWarnings, ...built.warnings] }
  } catch (error) {
    if (!loaded?.logo) throw error
    const withoutLogo = buildHandout(rest)
    const pdf = await pdfmake.createPdf(withoutLogo.docDefinition).getBuffer()
    const warning: HandoutWarning = {
      code: 'logo-unusable',
      field: 'clinic logo',
      message: 'The clinic logo image is damaged and could not be printed. The handout was made without the logo.'
    }
    return { pdf, warnings: [warning, ...withoutLogo.warnings] }
  }
}
