import { planSchema, type Plan } from './plan'
import type { Template } from './template'

/**
 * A new draft plan, not yet tied to a client, with the template's exercises, doses, notes and
 * advice. `operatedSide` names the side an exercise's "each side" dose should be done on (the
 * operated leg or arm of this client), or undefined to keep the template's side.
 */
export function planFromTemplate(
  template: Template,
  now: Date,
  clientId: string | null = null,
  operatedSide: (exerciseId: string) => 'left' | 'right' | undefined = () => undefined
): Plan {
  const stamp = now.toISOString()
  return planSchema.parse({
    id: `plan-${now.getTime().toString(36)}`,
    schemaVersion: 1,
    clientId,
    title: template.title,
    goals: template.goals,
    // The routine's own advice (a surgeon's protocol first, signs of a clot…) travels with the plan and is printed.
    ...(template.advice?.length ? { advice: template.advice.join('\n') } : {}),
    items: template.items.map((item, i) => ({
      id: `item-${i + 1}`,
      exerciseId: item.exerciseId,
      dosage: item.dosage.side === 'each' ? { ...item.dosage, side: operatedSide(item.exerciseId) ?? 'each' } : item.dosage,
      patientNote: item.patientNote,
      clinicianNote: '',
      acknowledgedWarnings: []
    })),
    status: 'draft',
    createdAt: stamp,
    updatedAt: stamp
  })
}
