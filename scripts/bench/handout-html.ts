import { clientDisplayName } from '../../shared/domain'
import { estimatePlanMinutes } from '../../shared/dose'
import { formatLongDate, type HandoutInput, type HandoutWarning } from '../../shared/handout'
import { textCleaner } from '../../shared/handout/clean-text'
import { prepareItems } from '../../shared/handout/prepare-items'
import { renderPoseSvg } from '../../shared/illustration'

/**
 * The same handout as HTML for Chromium's print-to-PDF: the same text (cleaned the same way),
 * the same SVG drawings inline, the same sections, a comparable look and page numbers.
 * The font is the system's sans-serif, which Chromium already has loaded: if anything that
 * favours Chromium, whose time we must match.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const CSS = `
@page { size: A4; margin: 16mm 16mm 19mm }
* { box-sizing: border-box }
body { font: 10.5pt/1.35 sans-serif; color: #1f2d33; margin: 0 }
header { display: flex; justify-content: space-between; border-bottom: 1.5pt solid #147d78; padding-bottom: 12pt; margin-bottom: 18pt }
.clinic { color: #147d78; font-size: 13pt; font-weight: 600 } .muted { color: #56676e; font-size: 8.5pt }
.kicker { color: #147d78; font-size: 8.5pt; font-weight: 600; letter-spacing: 1.2pt }
h1 { font-size: 20pt; margin: 4pt 0 6pt } h2 { font-size: 13pt; margin: 22pt 0 12pt }
.advice { background: #e8f3f2; padding: 10pt 12pt; margin-top: 18pt; break-inside: avoid }
.advice h3 { color: #147d78; margin: 0 0 6pt; font-size: 13pt }
.card { display: flex; gap: 16pt; break-inside: avoid; padding: 14pt 0; border-top: .75pt solid #d3e2e0 }
.card:first-of-type { border-top: 0 }
.drawing { flex: none; width: 184pt; height: 132pt; background: #f3f7f7; border-radius: 6pt; padding: 8pt }
.drawing svg { width: 100%; height: 100% }
.name { font-size: 13pt; font-weight: 600 } .name b { color: #147d78; margin-right: 8pt }
.dose { color: #147d78; font-weight: 600; margin-top: 4pt } ol { margin: 8pt 0 0; padding-left: 16pt }
.gentler { font-style: italic; color: #56676e; margin-top: 6pt }
.note { background: #f6f1e4; padding: 8pt 10pt; margin-top: 10pt } .note small { color: #7a6327; font-weight: 600; display: block }
.help { border: 1.25pt solid #a8322a; background: #fcf1ef; padding: 11pt 14pt; margin-top: 24pt; break-inside: avoid }
.help h3 { color: #a8322a; margin: 0 0 6pt; font-size: 13pt } .help ul { margin: 4pt 0 10pt }
table { width: 100%; border-collapse: collapse; margin-top: 10pt } th { background: #e8f3f2; font-size: 8.5pt }
td, th { border: .6pt solid #9fb5b2; padding: 6pt; text-align: center } td:first-child, th:first-child { text-align: left }
.tick { display: block; width: 11pt; height: 11pt; border: .9pt solid #9fb5b2; border-radius: 2pt; margin: 0 auto 5pt }
.week { break-before: auto; break-inside: avoid; margin-top: 26pt }
`

export const chromiumFooter = '<div style="font: 8.5pt sans-serif; color: #56676e; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between">' +
  '<span>Made for you by your physiotherapist. It does not replace advice from your doctor.</span>' +
  '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>'

export function handoutHtml(input: Omit<HandoutInput, 'logo'>): string {
  const warnings: HandoutWarning[] = []
  const clean = textCleaner(warnings)
  const items = prepareItems(input.plan, input.library, clean, warnings)
  const s = input.settings
  const name = input.client ? clean(clientDisplayName(input.client), 'patient name') : ''
  const minutes = estimatePlanMinutes(input.plan, input.library)
  const cards = items.map((item) => `<section class="card">
    ${item.poseId ? `<div class="drawing">${renderPoseSvg(item.poseId, { width: 168, height: 116 })}</div>` : ''}
    <div><div class="name"><b>${item.number}</b>${esc(item.name)}</div><div class="dose">${esc(item.dose)}</div>
    ${item.gentler ? `<div class="gentler">${esc(item.gentler)}</div>` : ''}
    ${input.options.showSteps ? `<ol>${item.steps.map((step) => `<li>${esc(step)}</li>`).join('')}</ol>` : ''}
    ${item.note ? `<div class="note"><small>From your physiotherapist</small>${esc(item.note)}</div>` : ''}</div></section>`).join('')
  const help = (emergency: boolean) => input.library.seekHelp.filter((h) => h.emergency === emergency).map((h) => `<li>${esc(h.text)}</li>`).join('')
  const rows = items.map((item) => `<tr><td><b>${item.number}</b> ${esc(item.name)}<div class="muted">${esc(item.frequency)}</div></td>` +
    '<td>' + Array.from({ length: 7 }, () => '<span class="tick"></span>'.repeat(Math.min(item.timesPerDay, 3))).join('</td><td>') + '</td></tr>').join('')
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>
  <header><div><div class="clinic">${esc(s?.clinicName ?? '')}</div><div class="muted">${esc(s?.clinicAddress ?? '')}</div>
  <div class="muted">Tel. ${esc(s?.clinicPhone ?? '')} · ${esc(s?.clinicEmail ?? '')}</div></div>
  <div style="text-align:right"><div class="muted">Your physiotherapist</div><b>${esc(s?.clinicianName ?? '')}</b></div></header>
  <div class="kicker">HOME EXERCISE PLAN</div><h1>${esc(input.plan.title)}</h1>
  <div style="display:flex;justify-content:space-between"><span>For <b>${esc(name)}</b></span><span class="muted">${formatLongDate(input.today)}</span></div>
  <p><b>Your goals</b></p><ul>${input.plan.goals.map((g) => `<li>${esc(g)}</li>`).join('')}</ul>
  <div class="advice"><h3>How to do your exercises</h3><ul><li>Move slowly and breathe normally. Do not hold your breath.</li>
  <li>Never bounce or jerk. Ease into each position and keep it still.</li><li>You should feel mild tension or a gentle stretch, never pain.</li>
  <li>If an exercise makes your pain worse, stop it and tell your physiotherapist.</li>
  <li>All the exercises together take <b>about ${minutes} minutes</b> each time.</li></ul></div>
  <h2>Your exercises</h2>${cards}
  <div class="help"><h3>⚠ Stop and seek help if…</h3><b>Go to an emergency department or call an ambulance straight away if:</b><ul>${help(true)}</ul>
  <b>Stop the exercises and contact your doctor or physiotherapist soon if:</b><ul>${help(false)}</ul>
  Questions about your exercises? Call ${esc(s?.clinicianName ?? '')}, ${esc(s?.clinicName ?? '')} on <b>${esc(s?.clinicPhone ?? '')}</b>.</div>
  <div class="week"><h2>Your week</h2><p class="muted">Tick a box each time you do an exercise. Start a fresh copy each week.</p>
  <p>Week starting: ____________________</p><table><thead><tr><th>Exercise</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th>Sat</th><th>Sun</th></tr></thead>
  <tbody>${rows}</tbody></table></div></body></html>`
}
