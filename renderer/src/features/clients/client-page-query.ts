import type { ClientPageQuery, ListClientsQuery } from '../../../../shared/ipc/store-types'

export type ClientsShown = 'current' | 'all' | 'archived'
export type ClientsSort = NonNullable<ListClientsQuery['sort']>
export const clientSorts: ClientsSort[] = ['name', 'last-seen', 'review-due']

/** Rows fetched per call: a screenful or two, never the practice. */
export const clientPageSize = 50

/** What main is asked for one page of the list (the same object for the same view, so an answer asked early is found). */
export const clientPageQuery = (text: string, shown: ClientsShown, sort: ClientsSort, page: number): ClientPageQuery => ({
  text: text.trim() || undefined,
  includeArchived: shown === 'all',
  archivedOnly: shown === 'archived',
  sort,
  offset: page * clientPageSize,
  limit: clientPageSize
})

/** The view the Clients screen opens on, and its first page (asked for as the app starts). */
export const openingView = { text: '', shown: 'current', sort: 'name' } as const
export const firstClientPage = clientPageQuery(openingView.text, openingView.shown, openingView.sort, 0)
