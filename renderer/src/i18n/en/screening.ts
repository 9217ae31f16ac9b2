// Strings for the client's Screening tab (red-flag screen for serious spinal pathology).
export default {
  formLabel: 'New red-flag screening',
  newTitle: 'New screening',
  intro: 'Ask each question. The outcome on the right updates as you answer.',
  date: 'Date of screening',
  dateMissing: 'Enter the date of the screening.',
  dateFuture: 'The screening date cannot be in the future.',
  noDateOfBirth: 'No date of birth on file. Add it in Profile and the age questions get a suggested answer.',
  groups: {
    cauda_equina: 'Cauda equina syndrome',
    neurological: 'Progressive neurological deficit or cord compression',
    malignancy: 'Spinal malignancy',
    fracture: 'Vertebral fracture',
    infection: 'Spinal infection',
    vascular: 'Abdominal aortic aneurysm',
    spondyloarthritis: 'Axial spondyloarthritis'
  },
  groupHints: {
    cauda_equina: 'Any one of these is an emergency.',
    neurological: 'Either is an emergency.'
  },
  answer: { yes: 'Yes', no: 'No', unknown: 'Not sure' },
  notAnswered: 'No answer',
  fromBirthDate: 'Suggested from date of birth (age {age})',
  suggestedFromBirthDate: 'Suggested from date of birth (age {age}). Choose an answer to confirm or change it.',
  spa: {
    hint: 'Routine rheumatology referral at most, never an emergency.',
    features: 'Features of axial spondyloarthritis',
    featuresHint: '4 or more: refer to rheumatology. Exactly 3: consider an HLA-B27 test.',
    count: 'No features so far | 1 feature | {n} features'
  },
  note: 'Clinician note',
  noteHint: 'Optional. Context, what the client was told, referral made.',
  save: 'Save screening',
  saving: 'Saving…',
  saved: 'Screening of {date} saved.',
  result: {
    live: 'Outcome',
    stored: 'Outcome on the day',
    headline: {
      emergency: 'Emergency',
      urgent: 'Urgent',
      routine: 'Routine referral',
      clear: 'No red flags found',
      incomplete: 'Incomplete',
      pending: 'Not screened yet'
    },
    incompleteAction: '{open} of {total} questions unanswered or not sure. Answer them before calling the screening clear.',
    clearAction: 'The exercise plan can go ahead.',
    clearActionOpen: 'Among the answers given so far. Check the open questions before starting the plan.',
    pendingAction: 'Answer the questions; the outcome appears here as you go.',
    openQuestions: 'All questions answered. | 1 question not answered or not sure. | {n} questions not answered or not sure.',
    monitor: 'To note, not changing the outcome',
    sources: 'Sources',
    findings: 'Findings'
  },
  level: { emergency: 'Emergency', urgent: 'Urgent', routine: 'Routine', monitor: 'Monitor' },
  history: {
    title: 'Past screenings',
    empty: 'No screenings yet. Past screenings appear here once saved, newest first.',
    findings: 'no findings | 1 finding | {n} findings'
  },
  detail: {
    title: 'Screening of {date}',
    answers: 'Answers',
    note: 'Clinician note',
    noNote: 'No note.',
    close: 'Back to new screening',
    gateNotAnswered: 'The onset and duration question was not answered.'
  }
}
