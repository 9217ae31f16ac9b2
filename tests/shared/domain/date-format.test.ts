import { describe, expect, it } from 'vitest'
import { formatDay, formatDayTime } from '../../../shared/domain/date-format'
import { defaultSettings, localeOf, settingsSchema } from '../../../shared/domain/settings'
import { buildHandout } from '../../../shared/handout'
import { library } from '../../../shared/library'
import { allText } from '../handout/doc-text'
import { detailedA4, sampleClient, samplePlan, sampleSettings } from '../handout/sample'

describe('dates written the clinic’s way', () => {
  it('writes day-month-year by default, and the other formats when chosen', () => {
    expect(formatDay('2026-04-02')).toBe('2 Apr 2026')
    expect(formatDay('2026-04-02', 'dmy', 'long')).toBe('2 April 2026')
    expect(formatDay('2026-04-02', 'mdy')).toBe('Apr 2, 2026')
    expect(formatDay('2026-04-02', 'ymd')).toBe('2026-04-02')
    expect(formatDayTime(new Date(2026, 3, 2, 9, 5))).toBe('2 Apr 2026, 09:05')
    expect(() => formatDay('02/04/2026')).toThrow('YYYY-MM-DD')
  })

  it('reads settings saved before the locale existed as English, day-month-year, with no migration', () => {
    const { locale: _none, ...older } = { ...defaultSettings, locale: undefined }
    expect(settingsSchema.parse(older)).toEqual(older)
    expect(localeOf(settingsSchema.parse(older))).toEqual({ language: 'en', dateFormat: 'dmy' })
    expect(settingsSchema.safeParse({ ...defaultSettings, locale: { language: 'en', dateFormat: 'dd.mm' } }).success).toBe(false)
  })

  it('prints the handout’s date and review date in the chosen format', () => {
    const input = { plan: samplePlan(), client: sampleClient(), library, options: { ...detailedA4, reviewDate: '2026-04-13' }, today: '2026-03-02' }
    const british = allText(buildHandout({ ...input, settings: sampleSettings }).docDefinition.content)
    expect(british).toContain('2 March 2026')
    expect(british).toContain('13 April 2026')
    const american = allText(buildHandout({ ...input, settings: { ...sampleSettings, locale: { language: 'en', dateFormat: 'mdy' } } }).docDefinition.content)
    expect(american).toContain('March 2, 2026')
    expect(american).toContain('April 13, 2026')
  })
})
