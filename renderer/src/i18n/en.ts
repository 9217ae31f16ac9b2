export default {
  app: { name: 'PhysioPlan', tagline: 'Home exercise plans' },
  nav: { main: 'Main sections', clients: 'Clients', library: 'Library', templates: 'Templates', settings: 'Settings' },
  clients: {
    title: 'Clients',
    emptyTitle: 'No clients yet',
    emptyBody: 'Keep each client’s profile, conditions, red-flag screening and home exercise plans in one place, stored only on this computer.'
  },
  library: {
    title: 'Exercise library',
    emptyTitle: 'The library is empty',
    emptyBody: 'Illustrated exercises for back care appear here. Add them to a plan by dragging or pressing Enter.',
    search: 'Search exercises',
    searchPlaceholder: 'Search by name, region or position',
    count: 'No exercises | 1 exercise | {n} exercises',
    noMatchTitle: 'No exercise matches',
    noMatchBody: 'Try fewer words or clear the filters.',
    clearFilters: 'Clear filters',
    filterKind: 'Type',
    filterRegion: 'Body region',
    filterPosition: 'Position',
    steps: 'Steps for the patient',
    cues: 'Key cues',
    mistakes: 'Common mistakes',
    safety: 'Safety notes',
    warnings: 'Take care with these conditions',
    variations: 'Variations',
    defaultDose: 'Default dose',
    otherNames: 'Also called',
    equipment: 'Equipment',
    close: 'Close',
    saferVersion: 'Safer version: {name}',
    source: 'Source: {source}'
  },
  level: { avoid: 'Avoid', caution: 'Caution' },
  variationKind: { regression: 'Easier', progression: 'Harder', modification: 'Alternative' },
  kind: { stretch: 'Stretch', mobility: 'Mobility', strength: 'Strength', relaxation: 'Relaxation' },
  region: {
    'lower-back': 'Lower back', 'mid-back': 'Mid back', 'upper-back': 'Upper back', neck: 'Neck', shoulders: 'Shoulders',
    chest: 'Chest', core: 'Core', hips: 'Hips', glutes: 'Glutes', hamstrings: 'Hamstrings', 'hip-flexors': 'Hip flexors', legs: 'Legs'
  },
  position: {
    kneeling: 'Kneeling', 'all-fours': 'All fours', 'lying-on-back': 'Lying on back', 'lying-on-front': 'Lying on front',
    'side-lying': 'Side-lying', sitting: 'Sitting', standing: 'Standing'
  },
  equipment: {
    mat: 'Mat', cushion: 'Cushion', bolster: 'Bolster', block: 'Block', strap: 'Strap', towel: 'Towel', chair: 'Chair', wall: 'Wall', counter: 'Counter'
  },
  templates: {
    title: 'Templates',
    emptyTitle: 'No templates yet',
    emptyBody: 'Save a plan as a template to reuse it for other clients.',
    builtIn: 'Built in',
    minutes: 'about {n} min a session',
    exercises: 'No exercises | 1 exercise | {n} exercises',
    listLabel: 'Templates'
  },
  handout: {
    title: 'Handout: {title}',
    preparing: 'Preparing the preview…',
    updating: 'Updating…',
    upToDate: 'Preview up to date',
    previewLabel: 'Handout preview',
    optionsLabel: 'Handout options',
    options: 'Handout options',
    paper: 'Paper',
    paperSize: { A4: 'A4', Letter: 'US Letter' },
    layout: 'Layout',
    layoutName: { detailed: 'Detailed: one exercise per row', compact: 'Compact: two per row' },
    largePrint: 'Large print (14 pt and up)',
    showSteps: 'Show the steps',
    save: 'Save PDF…',
    saving: 'Saving…',
    print: 'Print…',
    printing: 'Printing…',
    savedTo: 'Saved to',
    open: 'Open',
    sentToPrinter: 'Sent to the print dialog.',
    warnings: 'Check before printing',
    preview: 'Preview handout'
  },
  settings: {
    title: 'Settings',
    about: 'About this installation',
    version: 'Version',
    dataDir: 'Records are stored in',
    loading: 'Loading…',
    loadError: 'Could not read the installation details: {message}'
  }
}
