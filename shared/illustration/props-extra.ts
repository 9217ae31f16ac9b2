import type { Prop } from './pose-schema'
import type { PropContext, PropShape } from './props'

export type ExtraProp = Extract<Prop, { kind: 'band' | 'step' | 'weight' | 'table' | 'stick' | 'squeeze' }>

/** Shapes of the whole-body props. Accepted by the schema first; each is drawn as it is added. */
export function extraPropShapes(prop: ExtraProp, ctx: PropContext): PropShape[] {
  void prop
  void ctx
  return []
}
