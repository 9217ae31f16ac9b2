import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { clientDisplayName } from '../domain'
import { localeOf } from '../domain/settings'
import { estimatePlanMinutes } from '../dose'
import { textCleaner } from './clean-text'
import { withFallbackFont } from './fallback-font'
import type { LayoutContext } from './context'
import { formatLongDate } from './format-date'
import { adviceLines, withoutRepeats } from './content/advice-lines'
import { seekHelpByUrgency } from './content/seek-help-order'
import { handoutScope, seekHelpFor } from '../safety/seek-help'
import { planStage } from './plan-stage'
import { prepareItems } from './prepare-items'
import { adherenceChart } from './sections/adherence-chart'
import { adviceBox } from './sections/advice'
import { clinicHeader } from './sections/clinic-header'
import { exerciseBlocks, exerciseList } from './sections/exercise-list'
import { DEFAULT_LINE_HEIGHT, detailedOrder } from './first-page'
import { footer, runningHeader } from './sections/page-frame'
import { seekHelpBox } from './sections/seek-help'
import { titleBlock } from './sections/title-block'
import { youWillNeed } from './sections/you-will-need'
import { colours, pageMetrics, typeScale } from './theme'
import type { HandoutInput, HandoutWarning } from './types'

export interface BuiltHandout {
  docDefinition: TDocumentDefinitions
  warnings: HandoutWarning[]
}

/**
 * Plan + client + settings → the pdfmake document for the patient's handout. Pure: the same
 * input always gives the same document. Characters Roboto lacks are set in the fallback font
 * when it has them; text neither font can print is removed and reported in `warnings`, as are
 * exercises or drawings that are missing; the handout is still made.
 */
export function buildHandout(input: HandoutInput): BuiltHandout {
  const { plan, client, settings, library, options, logo } = input
  const warnings: HandoutWarning[] = []
  let fallback = false
  const clean = textCleaner(warnings, () => { fallback = true })
  const ctx: LayoutContext = { options, type: typeScale(options.largePrint), page: pageMetrics(options.paper, options.largePrint), clean, warnings }

  const patientName = client ? clean(clientDisplayName(client), 'patient name') || null : null
  const title = clean(plan.title, 'plan title') || 'Your exercises'
  const goals = plan.goals.map((goal, i) => clean(goal, `goal ${i + 1}`)).filter(Boolean)
  const ownAdvice = (plan.advice ?? '').split('\n').map((line, i) => clean(line.trim(), `advice line ${i + 1}`)).filter(Boolean)
  const items = prepareItems(plan, library, clean, warnings, client?.conditions ?? [])
  if (items.length === 0) {
    warnings.push({ code: 'empty-plan', field: 'plan', message: 'The plan has no exercises to print.' })
  }
  const minutes = estimatePlanMinutes({ items: plan.items.filter((item) => library.exercises.has(item.exerciseId)) }, library)
  const contact = {
    clinician: clean(settings?.clinicianName ?? '', "clinician's name"),
    clinic: clean(settings?.clinicName ?? '', 'clinic name'),
    phone: clean(settings?.clinicPhone ?? '', 'clinic phone')
  }

  const dates = localeOf(settings).dateFormat
  const signs = seekHelpByUrgency(seekHelpFor(library.seekHelp, handoutScope(plan, client, library)))
  const generalAdvice = adviceLines(plan.items.flatMap((item) => library.exercises.get(item.exerciseId)?.kind ?? []))
  const advice = adviceBox(minutes, ctx, withoutRepeats([...generalAdvice, ...ownAdvice], signs.map((sign) => sign.text)))
  const seekHelp = seekHelpBox(signs, contact, ctx)
  const front = [
    ...clinicHeader(settings, logo, ctx),
    ...titleBlock({ title, patientName, date: formatLongDate(input.today, dates), stage: planStage(plan, client, library, input.today), review: options.reviewDate ? formatLongDate(options.reviewDate, dates) : null, goals }, ctx,
      youWillNeed(items.flatMap((item) => item.equipment), ctx))
  ]
  // Detailed: the advice and the help box are read before the first exercise (or, when the box
  // does not fit on page 1, right after the exercises that do). Compact is a reminder sheet for
  // exercises already learnt: the cards come first, then both boxes and the chart.
  const content = options.layout === 'compact'
    ? [...front, ...exerciseList(items, ctx), advice, seekHelp, ...adherenceChart(items, ctx)]
    : [...detailedOrder([...front, advice], seekHelp, exerciseBlocks(items, ctx), ctx), ...adherenceChart(items, ctx)]
  const docDefinition: TDocumentDefinitions = {
    pageSize: options.paper === 'A4' ? 'A4' : 'LETTER',
    // For assistive tools: the language, the title viewers show, and a tagged PDF 1.7. pdfkit marks
    // the document as tagged with a structure root; the content is not yet split into headings,
    // paragraphs and figures, so a screen reader still reads it as plain text in page order.
    version: '1.7',
    language: 'en-GB',
    displayTitle: true,
    tagged: true,
    pageMargins: ctx.page.margins,
    info: {
      title: patientName ? `${title} for ${patientName}` : title,
      author: contact.clinic || contact.clinician || 'PhysioPlan',
      subject: 'Home exercise plan',
      creator: 'PhysioPlan'
    },
    header: runningHeader(patientName, title, ctx),
    footer: footer(ctx),
    content,
    defaultStyle: { font: 'Roboto', fontSize: ctx.type.body, color: colours.text, lineHeight: DEFAULT_LINE_HEIGHT }
  }
  return { docDefinition: fallback ? withFallbackFont(docDefinition) : docDefinition, warnings: dedupe(warnings) }
}

/** The same field is cleaned in two places (the clinic name is in the header and the help box). */
function dedupe(warnings: HandoutWarning[]): HandoutWarning[] {
  const seen = new Set<string>()
  return warnings.filter((w) => {
    const key = `${w.code}|${w.field}|${w.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
