import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { XmlDocument, XmlElement } from 'xmldoc'
import { hasPose, poseDrawing, poseIds, renderPoseSvg } from '../../../shared/illustration'
import { allPoses } from '../../../shared/illustration/pose-library'
import { poseFiles } from '../../../shared/illustration/pose-library'
import { MOVING_POSE_IDS } from './expected-poses'

const elements = (node: XmlElement): XmlElement[] => [node, ...node.children.flatMap((c) => (c instanceof XmlElement ? elements(c) : []))]

describe('renderPoseSvg', () => {
  it.each(poseIds())('draws %s as a well-formed, standalone, text-free SVG', (id) => {
    const svg = renderPoseSvg(id)
    const doc = new XmlDocument(svg)
    expect(doc.name).toBe('svg')
    expect(doc.attr.xmlns).toBe('http://www.w3.org/2000/svg')
    expect(doc.attr.viewBox).toBe('0 0 200 150')
    expect(doc.attr.width).toBe('200')
    expect(doc.attr.height).toBe('150')
    expect(elements(doc).length).toBeGreaterThan(20)
    const names = new Set(elements(doc).map((e) => e.name))
    expect([...names].filter((n) => !['svg', 'g', 'path', 'circle', 'rect', 'ellipse'].includes(n))).toEqual([])
    expect(doc.val.trim()).toBe('')
    expect(svg).not.toMatch(/NaN|undefined|Infinity/)
    expect(svg.length).toBeLessThan(8000)
  })

  it('is deterministic, with at most one decimal in coordinates', () => {
    for (const id of poseIds()) expect(renderPoseSvg(id)).toBe(renderPoseSvg(id))
    expect(renderPoseSvg('cat-cow')).not.toMatch(/\d\.\d{2,}(?![\d.]*\))/)
  })

  it('draws a motion arrow in the accent colour for moving exercises only', () => {
    for (const id of MOVING_POSE_IDS) expect(renderPoseSvg(id, { accent: '#123456' }), id).toContain('#123456')
    expect(renderPoseSvg('childs-pose', { accent: '#123456' })).not.toContain('#123456')
  })

  it('draws an arrow in the accent colour for every pose in the library that shows a movement', () => {
    const moving = Object.entries(allPoses()).filter(([, pose]) => pose.frames.length === 2 || (pose.arrows ?? []).length > 0).map(([id]) => id)
    expect(moving.length).toBeGreaterThan(40)
    const withoutArrow = moving.filter((id) => !renderPoseSvg(id, { accent: '#123456' }).includes('#123456'))
    expect(withoutArrow).toEqual([])
    for (const id of moving) expect(poseDrawing(id).moving, id).toBe(true)
  })

  it('draws a hand or foot close-up large: it fills most of the card', () => {
    const closeUps = Object.entries(allPoses()).filter(([, pose]) => pose.closeUp).map(([id]) => id)
    expect(closeUps).toEqual(expect.arrayContaining(['grip-squeeze', 'ankle-band-4-way', 'tendon-glides', 'towel-scrunch']))
    for (const id of closeUps) {
      const b = poseDrawing(id).bounds
      expect(Math.max((b.maxX - b.minX) / 200, (b.maxY - b.minY) / 150), id).toBeGreaterThan(0.8)
    }
  })

  it('sets the requested size and keeps the fixed viewBox', () => {
    const doc = new XmlDocument(renderPoseSvg('plank', { width: 96, height: 72 }))
    expect([doc.attr.width, doc.attr.height, doc.attr.viewBox]).toEqual(['96', '72', '0 0 200 150'])
  })

  it('refuses unknown ids and unsafe options with a clear error', () => {
    expect(hasPose('no-such-pose')).toBe(false)
    expect(hasPose('__proto__')).toBe(false)
    expect(() => renderPoseSvg('no-such-pose')).toThrow(/Unknown pose id: "no-such-pose"/)
    expect(() => renderPoseSvg('<script>')).toThrow(/Unknown pose id/)
    expect(() => renderPoseSvg('plank', { accent: 'red"/><script>' })).toThrow(/accent/)
    expect(() => renderPoseSvg('plank', { width: -1 })).toThrow(/width/)
    expect(() => renderPoseSvg('plank', { height: Number.NaN })).toThrow(/height/)
  })

  it('matches the reviewed drawings (update with -u only after looking at the contact sheet)', () => {
    const digest = (id: string) => createHash('sha256').update(renderPoseSvg(id)).digest('hex').slice(0, 16)
    const backCare = poseFiles.find((f) => f.source === 'data/poses.json')!
    expect(Object.fromEntries(Object.keys(backCare.data as object).sort().map((id) => [id, digest(id)]))).toMatchSnapshot()
    expect(renderPoseSvg('cat-cow')).toMatchSnapshot()
  })

  // One reviewed-digest file per pose file, so the upper- and lower-body work never edit the same snapshot.
  it.each(poseFiles.filter((f) => f.source !== 'data/poses.json').map((f) => [f.source, f.data] as const))(
    'matches the reviewed drawings of %s', async (source, data) => {
      const ids = Object.keys(data as object).sort()
      const digests = Object.fromEntries(ids.map((id) => [id, createHash('sha256').update(renderPoseSvg(id)).digest('hex').slice(0, 16)]))
      const name = source.replace(/^data\/poses\/|\.json$/g, '')
      await expect(JSON.stringify(digests, null, 2) + '\n').toMatchFileSnapshot(`__snapshots__/poses-${name}.json`)
    })
})
