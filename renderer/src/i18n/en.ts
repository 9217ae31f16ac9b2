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
    emptyBody: 'Illustrated exercises for back care appear here. Add them to a plan by dragging or pressing Enter.'
  },
  templates: {
    title: 'Templates',
    emptyTitle: 'No templates yet',
    emptyBody: 'Save a plan as a template to reuse it for other clients.'
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
