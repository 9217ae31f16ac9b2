import { randomUUID } from 'node:crypto'
import { localDay } from '../../../shared/domain/common'
import { clinicalDecisionSchema, decisionChoiceSchema, type ClinicalDecision, type DecisionChoice } from '../../../shared/domain/decision'
import { AppError } from '../../../shared/ipc/result'
import { holdReasonOf, latestScreening } from '../../../shared/safety'
import type { ClientDocuments } from './client-documents'
import type { StoreContext } from './context'

/**
 * Clinical decisions about a held handout. Main works out what the decision answers (the latest
 * screening and why it holds), so the page cannot file a decision against the wrong screening.
 */
export class DecisionsRepo {
  constructor(
    private readonly ctx: StoreContext,
    private readonly clients: ClientDocuments,
    private readonly reviewIntervalDays: () => Promise<number>
  ) {}

  async record(clientId: string, input: DecisionChoice): Promise<ClinicalDecision> {
    const choice = decisionChoiceSchema.parse(input)
    const interval = await this.reviewIntervalDays()
    return this.clients.change(clientId, (doc) => {
      const now = this.ctx.now()
      const today = localDay(now)
      const latest = latestScreening(doc.screenings)
      const reason = holdReasonOf(latest, today, interval)
      if (reason === null) throw new AppError('conflict', 'The latest screening holds nothing back, so no decision is needed.')
      if (choice.kind === 'referred' && choice.on > today) {
        throw new AppError('invalid-input', 'The referral date cannot be in the future.', [{ path: 'on', message: 'Use today or an earlier day' }])
      }
      const decision = clinicalDecisionSchema.parse({
        id: randomUUID(), choice, date: today, screeningId: latest?.id ?? null, answers: reason, createdAt: now.toISOString()
      })
      return { doc: { ...doc, decisions: [...doc.decisions, decision] }, result: decision }
    })
  }
}
