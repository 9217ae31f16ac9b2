import { describe, expect, it } from 'vitest'
import { poseDrawing } from '../../../shared/illustration'
import { PALETTE } from '../../../shared/illustration/drawing'
import { allPoses } from '../../../shared/illustration/pose-library'
import { resolveCamera } from '../../../shared/illustration/scene'

/**
 * Floor exercises seen from straight above, each because its movement happens in the floor's
 * plane and an eye-level view would hide it. Every other floor exercise is drawn at eye level.
 */
const TOP_VIEWS: Record<string, string> = {
  'open-book': 'the top arm sweeps over the chest to the other side',
  'side-lying-rest': 'lying on the side, the bent knees and the pillow between them lie in the floor plane',
  'supine-twist': 'the knees drop to one side',
  'supine-twist-small-range': 'the knees drop a little to one side',
  'neck-rotation-lying': 'the head turns side to side on the pillow',
  'supine-assisted-er': 'the forearms swing out to the side along the floor',
  'prone-y-t-raise': 'the arms make a Y and a T on the floor',
  'hip-abduction-supine': 'the leg slides out to the side along the floor',
  'hip-rolling': 'the legs roll in and out',
  'quads-stretch-side-lying': 'lying on the side, the heel is drawn back towards the bottom'
}

const poses = Object.entries(allPoses())
const onTheFloor = poses.filter(([, pose]) => pose.props.some((p) => p.kind === 'mat'))

describe('camera rules for floor exercises', () => {
  it('draws every floor exercise at eye level on a flat mat unless a top view is the only way to show it', () => {
    expect(onTheFloor.length).toBeGreaterThan(40)
    const wrong = onTheFloor.flatMap(([id, pose]) => {
      const { elevation } = resolveCamera(pose.camera)
      if (id in TOP_VIEWS) return elevation === 90 ? [] : [`${id}: listed as a top view but seen at ${elevation}°`]
      return elevation === 0 ? [] : [`${id}: a tilted mat (camera raised ${elevation}°); use eye level, or a top view listed with its reason`]
    })
    expect(wrong).toEqual([])
  })

  it('shows the mat round every top view, so the body lies on something the reader recognises', () => {
    for (const id of Object.keys(TOP_VIEWS)) {
      const shapes = poseDrawing(id).shapes
      const mat = shapes.find((s) => s.type === 'polygon' && s.stroke === PALETTE.prop.ink)
      expect(mat, id).toBeDefined()
      // The mat holds the whole figure: every body shape lies inside its outline's box.
      const xs = mat!.type === 'polygon' ? mat!.points.map((p) => p.x) : []
      const ys = mat!.type === 'polygon' ? mat!.points.map((p) => p.y) : []
      const heads = shapes.filter((s) => s.type === 'circle' && s.fill === PALETTE.near.ink)
      expect(heads.length, `${id}: head drawn`).toBeGreaterThan(0)
      for (const h of heads) {
        if (h.type !== 'circle') continue
        expect(h.cx, id).toBeGreaterThan(Math.min(...xs))
        expect(h.cx, id).toBeLessThan(Math.max(...xs))
        expect(h.cy, id).toBeGreaterThan(Math.min(...ys))
        expect(h.cy, id).toBeLessThan(Math.max(...ys))
      }
    }
  })
})
