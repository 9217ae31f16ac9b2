import type { Finding, Outcome, PathologyGroup } from '../domain'

const rank: Record<Finding['level'], number> = { emergency: 3, urgent: 2, routine: 1, monitor: 0 }

export function higherLevel<L extends Finding['level']>(a: L, b: L): L {
  return rank[a] >= rank[b] ? a : b
}

export function bySeverity(a: Finding, b: Finding): number {
  return rank[b.level] - rank[a.level]
}

/** The overall outcome: the most severe finding; "monitor" findings never change it. */
export function outcomeOf(findings: readonly Finding[]): Outcome {
  let outcome: Outcome = 'clear'
  for (const finding of findings) {
    if (finding.level !== 'monitor' && (outcome === 'clear' || rank[finding.level] > rank[outcome])) outcome = finding.level
  }
  return outcome
}

/** What to do, by level (clinical reference, section 1 urgency levels). */
export const defaultActions: Record<Finding['level'], string> = {
  emergency: 'Same day: send to the emergency department. Do not start the exercise plan.',
  urgent: 'Refer for medical assessment within days, at most 2 weeks; review the plan after that assessment.',
  routine: 'Non-urgent referral; the exercise plan can go ahead meanwhile.',
  monitor: 'On its own this changes nothing: record it and ask again at the next visit.'
}

export const groupNames: Record<PathologyGroup | 'spondyloarthritis', string> = {
  cauda_equina: 'cauda equina syndrome',
  neurological: 'progressive neurological deficit or cord compression',
  cervical_arterial: 'cervical arterial dysfunction (a neck artery problem)',
  post_operative: 'a complication after surgery (clot, wound, implant)',
  joint_infection: 'a septic or acutely inflamed joint',
  limb_injury: 'a fracture, dislocation or tendon rupture',
  cardiac: 'a heart problem',
  falls_medical: 'a medical cause or consequence of a fall',
  malignancy: 'malignancy',
  fracture: 'vertebral fracture',
  infection: 'infection',
  vascular: 'abdominal aortic aneurysm',
  spondyloarthritis: 'axial spondyloarthritis'
}
