import type { Command } from '../command'
import { checkCommand } from './check'
import { libraryCommand } from './library'
import { screenCommand } from './screen'

/** Every command the CLI knows; add new ones here. */
export const commands: readonly Command[] = [libraryCommand, screenCommand, checkCommand]
