import type { Finding, ScreenAnswers, ScreenResult, SpaRules } from '../domain'

/** Axial spondyloarthritis (NICE NG65): gate, then count features. Routine referral at most, never urgent. */
export function assessSpa(
  answers: ScreenAnswers['spa'],
  rules: SpaRules,
  age: number | null
): { spa: ScreenResult['spa']; finding: Finding | null } {
  const gate = answers?.gate ?? 'unknown'
  const features: string[] = []
  for (const feature of rules.features) {
    const answered = answers?.features[feature.id]
    const derived = feature.trueWhenAgeBelow !== undefined && age !== null && age < feature.trueWhenAgeBelow
    if (answered === 'yes' || (answered === undefined && derived)) features.push(feature.id)
  }
  const count = features.length
  const recommendation = gate !== 'yes' ? 'none'
    : count >= rules.referAtLeast ? 'refer'
      : count === rules.testAt ? 'consider_hla_b27' : 'none'
  const spa = { gate, featureCount: count, features, recommendation } as const
  if (recommendation === 'none') return { spa, finding: null }
  const refer = recommendation === 'refer'
  return {
    spa,
    finding: {
      group: 'spondyloarthritis',
      level: refer ? 'routine' : 'monitor',
      flagIds: features,
      reason: `Onset before 45, lasting over 3 months, with ${count} features of axial spondyloarthritis.`,
      action: refer
        ? 'Refer to rheumatology (routine).'
        : 'Consider an HLA-B27 test; refer to rheumatology if it is positive.',
      sources: rules.sources
    }
  }
}
