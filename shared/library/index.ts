import conditions from '../../data/conditions.json'
import childsPose from '../../data/exercises/childs-pose.json'
import coreStrength from '../../data/exercises/core-strength.json'
import extension from '../../data/exercises/extension.json'
import hipAndLegStretches from '../../data/exercises/hip-and-leg-stretches.json'
import neckAndShoulders from '../../data/exercises/neck-and-shoulders.json'
import restPositions from '../../data/exercises/rest-positions.json'
import spinalMobility from '../../data/exercises/spinal-mobility.json'
import redFlags from '../../data/red-flags.json'
import templates from '../../data/templates.json'
import { createLibrary, type Library, type RawLibrary } from './create-library'

export const builtInData: RawLibrary = {
  exerciseGroups: [
    { source: 'data/exercises/childs-pose.json', data: childsPose },
    { source: 'data/exercises/spinal-mobility.json', data: spinalMobility },
    { source: 'data/exercises/extension.json', data: extension },
    { source: 'data/exercises/hip-and-leg-stretches.json', data: hipAndLegStretches },
    { source: 'data/exercises/core-strength.json', data: coreStrength },
    { source: 'data/exercises/neck-and-shoulders.json', data: neckAndShoulders },
    { source: 'data/exercises/rest-positions.json', data: restPositions }
  ],
  conditions,
  redFlags,
  templates
}

/** The shipped library, validated once at load. */
export const library: Library = createLibrary(builtInData)

export { createLibrary, type Library, type RawLibrary } from './create-library'
export { findIntegrityProblems } from './integrity'
export * from './lookup'
