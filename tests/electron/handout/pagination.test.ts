import { describe, expect, it } from 'vitest'
import { renderHandoutPdf } from '../../../electron/main/handout'
import type { Exercise, Plan } from '../../../shared/domain'
import type { HandoutOptions } from '../../../shared/handout'
import { pageMetrics } from '../../../shared/handout/theme'
import { library } from '../../../shared/library'
import { detailedA4, sampleClient, samplePlan, sampleSettings } from '../../shared/handout/sample'
import { pageCount, savePdf, textLines, type TextLine } from './pdf-tools'

/** Section headings and labels that must never be the last thing on a page. */
const HEADINGS = ['Your exercises', 'How to do your exercises', 'Stop and seek help if…', 'Your chart', 'Your chart: bring it to your next visit', 'Your goal', 'Your goals',
  'You will need', 'From your physiotherapist']

const combinations: HandoutOptions[] = (['A4', 'Letter'] as const).flatMap((paper) => (['detailed', 'compact'] as const).flatMap((layout) =>
  [false, true].map((largePrint) => ({ paper, layout, largePrint, showSteps: true }))))

const name = (o: HandoutOptions) => `${o.paper} ${o.layout}${o.largePrint ? ' large print' : ''}`

function templatePlan(id: string): Plan {
  const template = library.templates.find((t) => t.id === id)!
  const plan = samplePlan(template.items.map((i) => i.exerciseId), { title: template.title })
  plan.items.forEach((item, i) => {
    item.dosage = template.items[i]!.dosage
    item.patientNote = template.items[i]!.patientNote
  })
  return plan
}

/** 25 exercises from the whole library, with notes on some, so long cards and a long chart both occur. */
function longPlan(): Plan {
  const ids = library.exerciseList.map((e) => e.id)
  const plan = samplePlan(Array.from({ length: 25 }, (_, i) => ids[(i * 7) % ids.length]!), { title: 'Twenty-five exercises' })
  plan.items.forEach((item, i) => {
    if (i % 4 === 0) item.patientNote = 'Go gently on the first days. If it hurts more the next morning, do fewer and tell me at your next visit.'
  })
  return plan
}

const plans: [string, Plan][] = [...library.templates.map((t): [string, Plan] => [`template ${t.id}`, templatePlan(t.id)]), ['25 exercises', longPlan()]]
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()
/** Text wrapped at a hyphen ("non-" / "slip") is read back without it. */
const unhyphenated = (s: string) => squash(s).replace(/-\s?/g, '')

/**
 * What a card prints last: in detailed, its last step; in compact (a reminder sheet without the
 * steps), the physiotherapist's note, else the last safety line, else the one-line summary.
 */
function lastWordsOfCard(options: HandoutOptions, exercise: Exercise, patientNote: string): string {
  if (options.layout === 'detailed') return exercise.steps.at(-1)!
  return patientNote.trim() || exercise.safetyNotes.at(-1) || exercise.summary
}

/** Body lines only: the running header and the footer are left out. */
function bodyLines(path: string, options: HandoutOptions): TextLine[] {
  const [, top, , bottom] = pageMetrics(options.paper, options.largePrint).margins
  return textLines(path).filter((l) => l.yMin >= top - 1 && l.yMax <= l.pageHeight - bottom + 1)
}

const pagesSeen: string[] = []

describe('handout pagination', { timeout: 600_000 }, () => {
  for (const [planName, plan] of plans) {
    it(`${planName}: every exercise's name and last step share a page, and no heading ends a page, in all 8 combinations`, async () => {
      for (const options of combinations) {
        const { pdf } = await renderHandoutPdf({ plan, client: sampleClient(), settings: sampleSettings, library, options, today: '2026-03-02' })
        const path = savePdf(pdf)
        const lines = bodyLines(path, options)
        const where = `${planName}, ${name(options)}`
        plan.items.forEach((item, i) => {
          const exercise = library.exercises.get(item.exerciseId)!
          const title = `${i + 1} ${exercise.name}`
          const nameLine = lines.find((l) => l.text.length > String(i + 1).length + 2 && title.startsWith(l.text))
          expect(nameLine, `${where}: name of ${title}`).toBeDefined()
          const tail = squash(lastWordsOfCard(options, exercise, item.patientNote)).split(' ').slice(-5).join(' ')
          const stepPage = [...new Set(lines.map((l) => l.page))].filter((p) => p >= nameLine!.page)
            .find((p) => unhyphenated(lines.filter((l) => l.page === p).map((l) => l.text).join(' ')).includes(unhyphenated(tail)))
          // On the name's page, or on a page the card runs on to, which repeats the name as its heading.
          expect(stepPage, `${where}: last step of ${title}`).toBeDefined()
          expect(lines.some((l) => l.page === stepPage && l.text.length > String(i + 1).length + 2 && title.startsWith(l.text)), `${where}: last step of ${title} under its name`).toBe(true)
        })
        for (const line of lines.filter((l) => HEADINGS.includes(l.text))) {
          const below = lines.filter((l) => l.page === line.page && l.yMin > line.yMax)
          expect(below.length, `${where}: "${line.text}" ends page ${line.page}`).toBeGreaterThan(0)
        }
        // A part of a card that runs on starts a page, headed "(continued)".
        // (In large print the name may wrap, putting "(continued)" on the heading's second line.)
        for (const line of lines.filter((l) => l.text.endsWith('(continued)'))) {
          const onPage = lines.filter((l) => l.page === line.page)
          expect(onPage.indexOf(line), `${where}: ${line.text}`).toBeLessThanOrEqual(line.text === '(continued)' ? 1 : 0)
        }
        // The clinic's phone number is never broken over two lines.
        expect(lines.filter((l) => l.text.includes('0117 496 0321')).length, where).toBeGreaterThan(0)
        pagesSeen.push(`${where}: ${pageCount(path)}`)
      }
    })
  }

  it('prints twelve exercises densely on A4: the help box on page 1, compact shorter than detailed, the chart beside the last cards', async () => {
    const pagesOf = async (plan: Plan, options: HandoutOptions) => {
      const { pdf } = await renderHandoutPdf({ plan, client: sampleClient(), settings: sampleSettings, library, options, today: '2026-03-02' })
      const path = savePdf(pdf)
      return { count: pageCount(path), lines: bodyLines(path, options) }
    }
    const detailed = await pagesOf(samplePlan(), { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true })
    const compact = await pagesOf(samplePlan(), { paper: 'A4', layout: 'compact', largePrint: false, showSteps: true })
    // The target for compact (a reminder sheet); detailed has its own test below.
    expect(compact.count).toBeLessThanOrEqual(3)
    expect(detailed.lines.find((l) => l.text === 'Stop and seek help if…')?.page, 'help box on page 1').toBe(1)
    // Compact puts the help box after the cards, with the advice and the chart.
    expect(compact.lines.find((l) => l.text === 'Stop and seek help if…')?.page, 'help box in compact').toBe(compact.count)
    // Compact sets two exercises side by side: names 1 and 2 share a line's height.
    const cardName = (n: number) => `${n} ${library.exercises.get(samplePlan().items[n - 1]!.exerciseId)!.name}`
    const [first, second] = [1, 2].map((n) => compact.lines.find((l) => cardName(n).startsWith(l.text) && l.text.length > 3)!)
    expect(first!.page).toBe(second!.page)
    expect(Math.abs(first!.yMin - second!.yMin)).toBeLessThan(2)
    const chart = detailed.lines.find((l) => l.text.startsWith('Your chart'))!
    expect(detailed.lines.some((l) => l.page === chart.page && l.yMin < chart.yMin && cardName(12).startsWith(l.text)), 'chart under the last card').toBe(true)
    const basic = await pagesOf(templatePlan('basic-daily-back-routine'), { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true })
    expect(basic.count).toBeLessThanOrEqual(4)
  })

  it('prints twelve exercises in detailed A4 on at most 5 pages, each name and dose beside its drawing, the text running on under it', async () => {
    const { pdf } = await renderHandoutPdf({ plan: samplePlan(), client: sampleClient(), settings: sampleSettings, library, options: detailedA4, today: '2026-03-02' })
    const path = savePdf(pdf)
    // Was 9, then 7 with the name and dose above the drawing; the issue asks for 5 at most.
    expect(pageCount(path)).toBeLessThanOrEqual(5)
    const lines = bodyLines(path, detailedA4)
    const [left] = pageMetrics('A4', false).margins
    samplePlan().items.forEach((item, i) => {
      const exercise = library.exercises.get(item.exerciseId)!
      const title = lines.find((l) => l.text === `${i + 1} ${exercise.name}`)
      expect(title, exercise.name).toBeDefined()
      // Beside the drawing: the name starts right of a panel at least 110 pt wide.
      expect(title!.xMin, `${exercise.name} beside its drawing`).toBeGreaterThan(left + 110)
    })
    // Steps that do not fit beside the drawing run on across the page, from the left margin.
    expect(lines.filter((l) => /^\d\. /.test(l.text) && l.xMin < left + 30).length).toBeGreaterThan(12)
  })

  it('fills the first page: when the help box does not fit after the advice, the first exercise goes there and the box heads page 2', async () => {
    const options: HandoutOptions = { paper: 'Letter', layout: 'detailed', largePrint: false, showSteps: true }
    const { pdf } = await renderHandoutPdf({ plan: samplePlan(), client: sampleClient(), settings: sampleSettings, library, options, today: '2026-03-02' })
    const lines = bodyLines(savePdf(pdf), options)
    const first = `1 ${library.exercises.get(samplePlan().items[0]!.exerciseId)!.name}`
    expect(lines.find((l) => first.startsWith(l.text) && l.text.length > 3)?.page, 'exercise 1 on page 1').toBe(1)
    expect(lines.find((l) => l.text === 'Stop and seek help if…')?.page, 'help box after it').toBe(2)
    // Page 1 is used to within a fifth of its foot (the box alone left a third of it empty).
    const [, , , bottom] = pageMetrics('Letter', false).margins
    const foot = lines[0]!.pageHeight - bottom
    expect(Math.max(...lines.filter((l) => l.page === 1).map((l) => l.yMax))).toBeGreaterThan(foot - 0.2 * foot)
  })

  it('sets about two exercises a page in large print detailed where they fit', async () => {
    const options: HandoutOptions = { paper: 'A4', layout: 'detailed', largePrint: true, showSteps: true }
    const plan = templatePlan('knee-replacement-weeks-0-6')
    const { pdf } = await renderHandoutPdf({ plan, client: sampleClient(), settings: sampleSettings, library, options, today: '2026-03-02' })
    const path = savePdf(pdf)
    const lines = bodyLines(path, options)
    const names = plan.items.map((item, i) => `${i + 1} ${library.exercises.get(item.exerciseId)!.name}`)
    const pageOf = names.map((title) => lines.find((l) => l.text.length > 3 && title.startsWith(l.text))!.page)
    const perPage = [...new Set(pageOf)].map((page) => pageOf.filter((p) => p === page).length)
    // Was one a page (14 pages), then 11 with the steps under the drawing. With the first steps
    // beside it most cards pair up; a card with a long "when easy" line, a note or a two-line name
    // can still be over half a page at 16 pt and have its own.
    expect(perPage.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(3)
    expect(pageCount(path)).toBeLessThanOrEqual(9)
  })

  it('fills the pages in every combination: large print at most 12 pages for twelve exercises (was 15 on A4, 16 on Letter)', async () => {
    const key = (o: HandoutOptions) => `${o.paper} ${o.layout}${o.largePrint ? ' large' : ''}`
    // Before large print filled its pages: twelve exercises took 5, 15, 3, 9 (A4) and 6, 16, 3, 9 (Letter)
    // pages; the ten-exercise back routine 5, 14, 3, 7 and 5, 14, 3, 8.
    const ceilings: Record<string, [number, number]> = {
      'A4 detailed': [5, 5], 'A4 detailed large': [11, 8], 'A4 compact': [3, 3], 'A4 compact large': [8, 6],
      'Letter detailed': [6, 5], 'Letter detailed large': [12, 9], 'Letter compact': [3, 3], 'Letter compact large': [8, 7]
    }
    const counted: string[] = []
    for (const options of combinations) {
      const [twelve, ten] = ceilings[key(options)]!
      for (const [plan, ceiling] of [[samplePlan(), twelve], [templatePlan('comprehensive-back-routine'), ten]] as const) {
        const { pdf } = await renderHandoutPdf({ plan, client: sampleClient(), settings: sampleSettings, library, options, today: '2026-03-02' })
        counted.push(`${key(options)}, ${plan.items.length} exercises: ${pageCount(savePdf(pdf))} pages (at most ${ceiling})`)
        expect(pageCount(savePdf(pdf)), counted.at(-1)).toBeLessThanOrEqual(ceiling)
      }
    }
  })

  it('reports the page counts', () => {
    console.log(pagesSeen.join('\n'))
    expect(pagesSeen.length).toBe(plans.length * combinations.length)
  })
})
