import type { Client, Condition, ConditionId, Exercise, Plan, SeekHelpItem } from '../domain'
import type { Settings } from '../domain/settings'

export interface HandoutOptions {
  paper: 'A4' | 'Letter'
  /** detailed: one exercise per row with a large drawing; compact: two per row. */
  layout: 'detailed' | 'compact'
  /** 16 pt body and nothing under 14 pt, for older patients. */
  largePrint: boolean
  showSteps: boolean
  /** Weeks in the adherence chart, 1 to 4; 2 when not set. */
  chartWeeks?: number
  /** The next review, YYYY-MM-DD; a line to write it on when not set. */
  reviewDate?: string
}

/** The parts of the library a handout reads (the shipped library satisfies it). */
export interface HandoutLibrary {
  exercises: ReadonlyMap<string, Exercise>
  seekHelp: readonly SeekHelpItem[]
  /** The areas of the client's conditions pick the "stop and seek help" signs. */
  conditions?: ReadonlyMap<ConditionId, Condition>
  /** Photos of the clinician's own exercises, by exercise id, checked and ready to print. */
  photos?: ReadonlyMap<string, HandoutLogo>
}

/** A logo already checked and loaded by the caller (PNG or JPEG data URL, pixel size). */
export interface HandoutLogo {
  dataUrl: string
  width: number
  height: number
}

export interface HandoutInput {
  plan: Plan
  client?: Client
  settings?: Settings
  library: HandoutLibrary
  options: HandoutOptions
  /** The handout's date, YYYY-MM-DD. */
  today: string
  logo?: HandoutLogo
}

export type HandoutWarningCode =
  | 'characters-removed'
  | 'unknown-exercise'
  | 'missing-drawing'
  | 'logo-unusable'
  | 'empty-plan'

/** Something the clinician should know about the printed handout; it was still produced. */
export interface HandoutWarning {
  code: HandoutWarningCode
  /** Which part of the input, in words: "patient name", "note for Cat-cow", "clinic logo". */
  field: string
  message: string
  characters?: string[]
}
