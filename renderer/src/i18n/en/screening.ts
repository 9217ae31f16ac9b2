// Strings for the client's Screening tab (red-flag screen for the client's problem areas).
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
    cervical_arterial: 'Cervical arterial dysfunction',
    post_operative: 'After surgery: clot, wound, implant',
    joint_infection: 'Hot swollen joint',
    limb_injury: 'Fracture, dislocation or rupture after an injury',
    cardiac: 'Heart',
    falls_medical: 'Falls',
    malignancy: 'Malignancy',
    fracture: 'Vertebral fracture',
    infection: 'Infection',
    vascular: 'Abdominal aortic aneurysm',
    spondyloarthritis: 'Axial spondyloarthritis'
  },
  groupHints: {
    cauda_equina: 'Any one of these is an emergency.',
    neurological: 'Worsening leg weakness and cord signs are emergencies.',
    cervical_arterial: 'Any sign is an emergency. Risk factors alone are noted, not acted on.',
    post_operative: 'Clot, breathlessness and implant signs are emergencies.',
    limb_injury: 'Decision rules after an injury: a positive rule in the last 10 days needs a same-day X-ray.'
  },
  scope: {
    title: 'Problem areas screened',
    fromCondition: 'from {conditions}',
    assumed: 'No problem area recorded, so the back questions are asked. Record the problem areas in Profile.',
    afterSurgery: 'after surgery',
    change: 'Change in Profile'
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
