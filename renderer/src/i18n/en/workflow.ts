/** Strings for plan workflows: plan details and phases, undo, the builder's keyboard aids. */
export default {
  unsaved: 'You have changes that are not saved yet.',
  unsavedLeave: 'You have changes that are not saved yet. Leave without saving them?',
  builder: {
    undo: 'Undo',
    undoHint: 'Undo (Ctrl+Z, ⌘Z on Mac)',
    redo: 'Redo',
    redoHint: 'Redo (Ctrl+Y or Ctrl+Shift+Z, ⇧⌘Z on Mac)',
    skipToPlan: 'Skip to the plan',
    panes: 'Builder panes',
    pane: { library: 'Library', plan: 'Plan', item: 'Selected exercise' },
    moveUp: 'Move {name} up',
    moveDown: 'Move {name} down',
    moveUpHint: 'Move up (Alt+↑)',
    moveDownHint: 'Move down (Alt+↓)',
    removeHint: 'Remove (Delete)',
    doseInvalid: 'Dose not valid yet: see the fields marked in red'
  },
  plan: {
    details: 'Goals and advice',
    phase: 'Phase {n}',
    goals: 'Goals (one per line, printed)',
    goalsHint: 'e.g. Walk to the shops without leg pain',
    advice: 'Advice for this patient (printed)',
    adviceHint: 'e.g. Use a heat pack for 10 minutes before the stretches.',
    changesLabel: 'Changes since the previous phase',
    basedOn: 'Next phase of',
    noChanges: 'No exercise changed yet since the previous phase.',
    change: { added: 'Added: {name}', removed: 'Removed: {name}', dose: 'Dose changed: {name}' }
  },
  plans: {
    blank: 'New blank plan',
    nextPhase: 'Duplicate as next phase',
    history: 'Plan history',
    status: { draft: 'Draft', active: 'In use', archived: 'Archived' },
    given: 'Given to patient {when}',
    phase: 'Phase {n}',
    created: 'created {when}',
    blankTitle: 'Home exercises'
  },
  library: {
    filterLevel: 'Level',
    allAreas: 'All areas',
    level: { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' }
  },
  locale: {
    heading: 'Language and dates',
    language: 'Language',
    dateFormat: 'Date format',
    formats: { dmy: 'Day month year ({example})', mdy: 'Month day year ({example})', ymd: 'Year-month-day ({example})' }
  },
  clients: {
    show: 'Show',
    shown: { current: 'Current clients', all: 'Current and archived', archived: 'Archived only' },
    sort: 'Sort by',
    sorts: { name: 'Name', 'last-seen': 'Last seen', 'review-due': 'Review due' },
    count: 'no clients | 1 client | {n} clients',
    listKeys: 'Use the up and down arrow keys, Page Up, Page Down, Home and End to move through the list.',
    loadingRow: 'Loading…'
  }
}
