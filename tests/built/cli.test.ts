import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renderHandoutPdf } from '../../electron/main/handout'
import type { Plan } from '../../shared/domain'
import { handoutDrawing } from '../../shared/handout'
import { hasPose, poseIds } from '../../shared/illustration'
import { library } from '../../shared/library'
import { parsedShippedLibrary } from '../../shared/library/shipped-parsed'
import { solidPng } from '../electron/handout/png'
import { repoRoot } from './support/built-main'

// The `physioplan` bin as npm links it: the bundle node runs directly (built by `npm run build`).
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> }
const bin = join(repoRoot, pkg.bin.physioplan!)
const temp = mkdtempSync(join(tmpdir(), 'physioplan-cli-built-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const run = (...args: string[]) => spawnSync(bin, args, { encoding: 'utf8', cwd: temp })

describe('the bundled CLI', () => {
  it('is an executable that node runs directly, without TypeScript tooling', () => {
    expect(existsSync(bin), `${bin} is missing: run \`npm run build\``).toBe(true)
    expect(readFileSync(bin, 'utf8')).toMatch(/^#!\/usr\/bin\/env -S node( --[a-z-]+=\d+)*\n/)
    expect(readFileSync(bin, 'utf8')).not.toMatch(/from\s*["'](tsx|typescript|esbuild)["']/)
    const help = run('--help')
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('handout')
  })

  it('makes a handout from a shipped template', () => {
    const made = run('template', '--id', 'basic-daily-back-routine', '--out', 'plan.json')
    expect(made.status, made.stderr).toBe(0)
    const handout = run('handout', '--plan', 'plan.json', '--out', 'handout.pdf')
    expect(handout.status, handout.stderr).toBe(0)
    expect(JSON.parse(handout.stdout)).toMatchObject({ pages: expect.any(Number) })
    const text = execFileSync('pdftotext', [join(temp, 'handout.pdf'), '-'], { encoding: 'utf8' })
    expect(text).toContain('Basic daily back routine')
    expect(text).toContain('Cat-cow')
  })

  // The bundle is built with its own stand-ins (validated data, modules loaded on first use, word
  // shapes recorded at build, native inflate); the handout it prints must be the one the app
  // prints, byte for byte but for the moment it was made. The note has words the build never saw.
  it('prints the same 12-exercise handout as the app\'s renderer: pages, text, fonts and bytes', { timeout: 60_000 }, async () => {
    const stamp = '2026-03-02T09:00:00Z'
    const plan: Plan = {
      id: 'same-handout', schemaVersion: 1, clientId: null, title: 'Easing your lower back', goals: ['Walk the dog for 30 minutes again'],
      items: library.exerciseList.filter((e) => hasPose(e.poseId)).slice(0, 12).map((e, i) => ({
        id: `item-${i}`, exerciseId: e.id, clinicianNote: '', acknowledgedWarnings: [],
        dosage: { holdSeconds: 30, reps: 3, side: 'each', frequency: { timesPerDay: 1 + (i % 2), daysPerWeek: 7 } },
        patientNote: i % 3 === 0 ? 'Keep the movement small at first, café or not.' : ''
      })),
      status: 'active', createdAt: stamp, updatedAt: stamp
    }
    writeFileSync(join(temp, 'twelve.json'), JSON.stringify(plan))
    const fromBin = spawnSync(bin, ['handout', '--plan', 'twelve.json', '--date', '2026-03-02', '--out', 'bin.pdf'], {
      encoding: 'utf8', cwd: temp, env: { ...process.env, PHYSIOPLAN_REPORT_WORD_TABLE: '1' }
    })
    expect(fromBin.status, fromBin.stderr).toBe(0)
    // Shaped from the table made at build; the note's words the build never saw from the face's model ("café").
    const [, found, looked, modelled] = /word table: (\d+) of (\d+) words, (\d+) from the model/.exec(fromBin.stderr) ?? []
    expect(Number(looked)).toBeGreaterThan(300)
    expect(Number(found)).toBeGreaterThan(0.95 * Number(looked))
    expect(Number(modelled)).toBeGreaterThan(0)
    const { pdf } = await renderHandoutPdf({
      plan, library, today: '2026-03-02', options: { paper: 'A4', layout: 'detailed', largePrint: false, showSteps: true }
    })
    writeFileSync(join(temp, 'app.pdf'), pdf)
    const text = (name: string) => execFileSync('pdftotext', ['-layout', join(temp, name), '-'], { encoding: 'utf8' })
    const fonts = (name: string) => execFileSync('pdffonts', [join(temp, name)], { encoding: 'utf8' }).split('\n').slice(2)
      .filter(Boolean).map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort()
    expect(text('bin.pdf').split('\f').length).toBeGreaterThan(2)
    expect(text('bin.pdf')).toBe(text('app.pdf'))
    expect(fonts('bin.pdf')).toEqual(fonts('app.pdf'))
    const timeless = (name: string) => readFileSync(join(temp, name), 'latin1')
      .replace(/\(D:\d+Z\)/g, '(D:)').replace(/<xmp:CreateDate>[^<]*</g, '<xmp:CreateDate><').replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '/ID []')
    expect(timeless('bin.pdf') === timeless('app.pdf'), 'the bin\'s PDF differs from the app\'s beyond its dates').toBe(true)
  })

  // Made when the bundle is built: a drawing change the build missed would print an old figure.
  it('carries every shipped pose\'s handout drawing exactly as the sources draw it', () => {
    const text = readFileSync(join(dirname(bin), 'physioplan-drawings.data'), 'latin1')
    const body = 12 + Number(text.slice(0, 12))
    const index = JSON.parse(text.slice(12, body)) as Record<string, [number, number]>
    expect(Object.keys(index).sort()).toEqual(poseIds())
    for (const [id, [start, end]] of Object.entries(index)) {
      expect(JSON.parse(text.slice(body + start, body + end)), id).toStrictEqual(handoutDrawing(id))
    }
  })

  // Validated and written when the bundle is built: a library change the build missed would print old advice.
  it('carries the shipped library exactly as the sources validate it', () => {
    const file = join(dirname(bin), 'physioplan-library.json')
    expect(JSON.parse(readFileSync(file, 'latin1'))).toEqual(parsedShippedLibrary())
  })

  it('runs from the code cache built with it (a stale or missing cache would compile everything again)', () => {
    const help = spawnSync(bin, ['--help'], { encoding: 'utf8', cwd: temp, env: { ...process.env, PHYSIOPLAN_REPORT_CODE_CACHE: '1' } })
    expect(help.status).toBe(0)
    expect(help.stderr).toContain('code cache: used')
    // Without the shebang's node options V8 refuses the cache, and the command still runs.
    const plain = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', cwd: temp, env: { ...process.env, PHYSIOPLAN_REPORT_CODE_CACHE: '1' } })
    expect(plain.status).toBe(0)
    expect(plain.stdout).toContain('handout')
  })

  it('runs under `npm run cli` with the node options its shebang gives it', () => {
    const options = /^#!\/usr\/bin\/env -S node(.*)$/m.exec(readFileSync(bin, 'utf8'))![1]!.trim()
    const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
    expect(options).not.toBe('')
    expect(scripts.cli).toContain(`&& node ${options} ${pkg.bin.physioplan!}`)
  })

  // Many user folders have a space in their name (C:\Users\Jo Smith): the launcher must not look for "Jo%20Smith".
  it('runs installed under a folder whose name has a space', () => {
    const installed = join(temp, 'Jo Smith', 'physioplan')
    mkdirSync(join(installed, 'out'), { recursive: true })
    cpSync(dirname(bin), join(installed, 'out', 'cli'), { recursive: true })
    symlinkSync(join(repoRoot, 'node_modules'), join(installed, 'node_modules'), 'junction')
    const copy = join(installed, 'out', 'cli', pkg.bin.physioplan!.split('/').pop()!)
    const env = { ...process.env, PHYSIOPLAN_REPORT_CODE_CACHE: '1' }
    const made = spawnSync(copy, ['template', '--id', 'basic-daily-back-routine', '--out', 'spaced-plan.json'], { encoding: 'utf8', cwd: temp, env })
    expect(made.status, made.stderr).toBe(0)
    expect(made.stderr).toContain('code cache: used')
    const handout = spawnSync(copy, ['handout', '--plan', 'spaced-plan.json', '--out', 'spaced.pdf'], { encoding: 'utf8', cwd: temp })
    expect(handout.status, handout.stderr).toBe(0)
    expect(execFileSync('pdftotext', [join(temp, 'spaced.pdf'), '-'], { encoding: 'utf8' })).toContain('Basic daily back routine')
  })

  // The bundle runs as a vm Script, which cannot import(): a logo file is read through a module
  // loaded on first use, and a broken one must still cost only the logo.
  it('prints a clinic logo from a file, and makes the handout without an unreadable one', () => {
    writeFileSync(join(temp, 'logo.png'), solidPng(120, 60))
    const made = run('template', '--id', 'basic-daily-back-routine', '--out', 'logo-plan.json')
    expect(made.status, made.stderr).toBe(0)
    const withLogo = run('handout', '--plan', 'logo-plan.json', '--logo', 'logo.png', '--out', 'logo.pdf')
    expect(withLogo.status, withLogo.stderr).toBe(0)
    expect(JSON.parse(withLogo.stdout)).toMatchObject({ warnings: [] })
    expect(execFileSync('pdfimages', ['-list', join(temp, 'logo.pdf')], { encoding: 'utf8' })).toMatch(/\b120\s+60\b/)
    const missing = run('handout', '--plan', 'logo-plan.json', '--logo', 'no-such-logo.png', '--out', 'no-logo.pdf')
    expect(missing.status, missing.stderr).toBe(0)
    expect(missing.stderr).toContain('The clinic logo file could not be read.')
  })

  it('reports bad input on stderr with a non-zero exit', () => {
    const bad = run('handout', '--plan', 'missing.json', '--out', 'x.pdf')
    expect(bad.status).not.toBe(0)
    expect(bad.stderr).toMatch(/missing\.json/)
  })
})
