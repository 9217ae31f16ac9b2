import conditions from '../../data/conditions.json' with { type: 'json' }
import childsPose from '../../data/exercises/childs-pose.json' with { type: 'json' }
import coreStrength from '../../data/exercises/core-strength.json' with { type: 'json' }
import extension from '../../data/exercises/extension.json' with { type: 'json' }
import hipAndLegStretches from '../../data/exercises/hip-and-leg-stretches.json' with { type: 'json' }
import neckAndShoulders from '../../data/exercises/neck-and-shoulders.json' with { type: 'json' }
import restPositions from '../../data/exercises/rest-positions.json' with { type: 'json' }
import spinalMobility from '../../data/exercises/spinal-mobility.json' with { type: 'json' }
import ankleFoot from '../../data/exercises/ankle-foot.json' with { type: 'json' }
import balance from '../../data/exercises/balance.json' with { type: 'json' }
import elbowWristHand from '../../data/exercises/elbow-wrist-hand.json' with { type: 'json' }
import hip from '../../data/exercises/hip.json' with { type: 'json' }
import knee from '../../data/exercises/knee.json' with { type: 'json' }
import neck from '../../data/exercises/neck.json' with { type: 'json' }
import shoulder from '../../data/exercises/shoulder.json' with { type: 'json' }
import redFlags from '../../data/red-flags.json' with { type: 'json' }
import templates from '../../data/templates.json' with { type: 'json' }
import lowerTemplates from '../../data/templates/lower.json' with { type: 'json' }
import upperTemplates from '../../data/templates/upper.json' with { type: 'json' }
import type { RawLibrary } from './create-library'

/** The library's data files as shipped, unvalidated. */
export const builtInData: RawLibrary = {
  exerciseGroups: [
    { source: 'data/exercises/childs-pose.json', data: childsPose },
    { source: 'data/exercises/spinal-mobility.json', data: spinalMobility },
    { source: 'data/exercises/extension.json', data: extension },
    { source: 'data/exercises/hip-and-leg-stretches.json', data: hipAndLegStretches },
    { source: 'data/exercises/core-strength.json', data: coreStrength },
    { source: 'data/exercises/neck-and-shoulders.json', data: neckAndShoulders },
    { source: 'data/exercises/rest-positions.json', data: restPositions },
    { source: 'data/exercises/neck.json', data: neck },
    { source: 'data/exercises/shoulder.json', data: shoulder },
    { source: 'data/exercises/elbow-wrist-hand.json', data: elbowWristHand },
    { source: 'data/exercises/hip.json', data: hip },
    { source: 'data/exercises/knee.json', data: knee },
    { source: 'data/exercises/ankle-foot.json', data: ankleFoot },
    { source: 'data/exercises/balance.json', data: balance }
  ],
  conditions,
  redFlags,
  templateGroups: [
    { source: 'data/templates.json', data: templates },
    { source: 'data/templates/upper.json', data: upperTemplates },
    { source: 'data/templates/lower.json', data: lowerTemplates }
  ]
}
