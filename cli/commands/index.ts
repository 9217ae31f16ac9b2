import type { Command } from '../command'
import { checkCommand } from './check'
import { handoutCommand } from './handout'
import { libraryCommand } from './library'
import { screenCommand } from './screen'
import { templateCommand } from './template'

/** Every command the CLI knows; add new ones here. */
export const commands: readonly Command[] = [libraryCommand, screenCommand, checkCommand, handoutCommand, templateCommand]
