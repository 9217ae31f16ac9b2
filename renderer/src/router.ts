import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
// The page the app opens on comes with the first script, not in a second round of chunks fetched after it.
import ClientsPage from './features/clients/ClientsPage.vue'

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/clients' },
  { path: '/clients', name: 'clients', component: ClientsPage },
  {
    path: '/clients/:clientId',
    name: 'client',
    component: () => import('./features/clients/ClientWorkspace.vue'),
    // ?tab=screening opens that tab ("Go to screening" from a held handout).
    props: (route) => ({ clientId: String(route.params.clientId), tab: typeof route.query.tab === 'string' ? route.query.tab : undefined })
  },
  {
    path: '/clients/:clientId/plans/:planId',
    name: 'plan-builder',
    component: () => import('./features/plan-builder/PlanBuilderPage.vue'),
    props: true
  },
  {
    path: '/clients/:clientId/plans/:planId/handout',
    name: 'plan-handout',
    component: () => import('./features/handout/PlanHandoutPage.vue'),
    props: true
  },
  { path: '/library', name: 'library', component: () => import('./features/library/LibraryPage.vue') },
  { path: '/library/exercises/new', name: 'custom-exercise-new', component: () => import('./features/custom-exercises/CustomExercisePage.vue') },
  { path: '/library/exercises/:exerciseId/edit', name: 'custom-exercise-edit', component: () => import('./features/custom-exercises/CustomExercisePage.vue'), props: true },
  { path: '/templates', name: 'templates', component: () => import('./features/templates/TemplatesPage.vue') },
  {
    path: '/templates/:templateId/handout',
    name: 'template-handout',
    component: () => import('./features/handout/TemplateHandoutPage.vue'),
    props: true
  },
  { path: '/settings', name: 'settings', component: () => import('./features/settings/SettingsPage.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/clients' }
]

// Hash history: the production page is a file:// URL, where path history cannot work.
export const createAppRouter = () => createRouter({ history: createWebHashHistory(), routes })
