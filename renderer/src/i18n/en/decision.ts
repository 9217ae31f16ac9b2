// Strings for the export gate: clinical decisions about a held handout, and unresolved warnings.
export default {
  label: 'Clinical decision:',
  summary: {
    referred: 'referred to {to} on {on}.',
    cleared: 'cleared by {by}.',
    proceeding: 'proceeding on clinical judgement: {reason}'
  },
  recorded: 'Recorded {date}, for a screening that was {reason}.',
  recordedEarlier: 'Recorded {date} about an earlier screening ({reason}).',
  answers: {
    missing: 'missing',
    emergency: 'Emergency',
    urgent: 'Urgent',
    incomplete: 'incomplete',
    due: 'due for review'
  },
  gate: {
    title: 'Held until you record a decision',
    missing: 'This client has not been screened for red flags. Screen them first, or record a decision.',
    emergency: 'The latest screening is Emergency. Before a handout leaves, record what you decided.',
    urgent: 'The latest screening is Urgent. Before a handout leaves, record what you decided.',
    incomplete: 'The latest screening has open questions, so it cannot count as clear. Answer them, or record a decision.',
    due: 'The latest screening is older than {days} days. Screen again, or record a decision.',
    record: 'Record decision…',
    toScreening: 'Go to screening'
  },
  unresolved: {
    title: 'Avoid warnings still open',
    badge: 'Avoid',
    item: '{exercise}, with {condition}.',
    swapHint: 'Swap to {name}, remove it, or keep it with a reason.',
    noSwapHint: 'No safer version in the library: remove it, or keep it with a reason.',
    toBuilder: 'Open the plan'
  },
  dialog: {
    title: 'Record a clinical decision',
    intro: 'This is stored on the client’s record with today’s date and the screening it answers.',
    kind: 'Decision',
    kinds: {
      referred: 'Referred',
      cleared: 'Cleared by a doctor',
      proceeding: 'Proceeding on clinical judgement'
    },
    to: 'Referred to (where)',
    on: 'Referred on',
    by: 'Cleared by (doctor’s name)',
    reason: 'Reason for proceeding',
    reasonHint: 'Say why it is safe to give the exercises now.',
    save: 'Record decision',
    saving: 'Recording…'
  }
}
