import { BackupService } from './backup-service'
import { ClientDocuments } from './client-documents'
import { exportClient } from './client-export'
import { ClientsRepo } from './clients-repo'
import { StoreContext, type StoreOptions } from './context'
import { CustomExercisesRepo } from './custom-exercises-repo'
import { DecisionsRepo } from './decisions-repo'
import { library, withCustomExercises, type Library } from '../../../shared/library'
import { PlansRepo } from './plans-repo'
import { ScreeningsRepo } from './screenings-repo'
import { SettingsRepo } from './settings-repo'
import { TemplatesRepo } from './templates-repo'
import { Transfer } from './transfer'
import { StorePrivacy } from './store-privacy'

export type { StoreOptions } from './context'

/**
 * The local store: one document per client, a sharded client list, templates, custom
 * exercises, settings and backups under one data folder. Nothing touches the disk until
 * the first call; every method waits for the store to be open.
 */
export function createStore(options: StoreOptions) {
  const ctx = new StoreContext(options)
  const clientDocs = new ClientDocuments(ctx)
  const clients = new ClientsRepo(ctx, clientDocs)
  const templates = new TemplatesRepo(ctx)
  const customExercises = new CustomExercisesRepo(ctx)
  const settings = new SettingsRepo(ctx)
  // The shipped library and the clinician's own exercises: a plan may name nothing else.
  const exerciseLibrary = async (): Promise<Library> => withCustomExercises(library, (await customExercises.list()).map((r) => r.exercise))
  const exerciseLookup = async () => {
    const merged = await exerciseLibrary()
    return (id: string) => merged.exercises.get(id)
  }
  const plans = new PlansRepo(ctx, clientDocs, exerciseLookup)
  const screenings = new ScreeningsRepo(ctx, clientDocs)
  const decisions = new DecisionsRepo(ctx, clientDocs, async () => (await settings.get()).reviewIntervalDays)
  const backups = new BackupService(ctx)
  const transfer = new Transfer(ctx, { clients: clientDocs, templates, customExercises, settings })

  let opening: Promise<void> | null = null
  const ready = () => {
    opening ??= ctx.open().catch((error: unknown) => {
      opening = null // let the next call try again (e.g. after the folder was made writable)
      throw error
    })
    return opening
  }
  /** Wraps every method of a repository so that it first waits for the store to be open. */
  const opened = <R extends object, K extends keyof R>(repo: R, names: K[]) =>
    Object.fromEntries(
      names.map((name) => {
        const method = repo[name] as (...args: unknown[]) => unknown
        return [name, async (...args: unknown[]) => (await ready(), method.apply(repo, args))]
      })
    ) as Pick<R, K>

  const privacy = new StorePrivacy(ctx, ready)

  return {
    open: ready,
    /** Keys and the lock screen: these work before the store is open (they open it). */
    privacy,
    /**
     * Opens the store and takes the day's snapshot in advance. Called at start-up so the
     * clinician's first save of the day does not wait for a whole-practice copy.
     */
    prepareDay: async () => (await ready(), ctx.dailySnapshot()),
    /** Waits for queued writes, then lets another process open the folder. */
    close: async () => (await ctx.tidied(), await ctx.index.idle(), await ctx.queue.idle(), await ctx.notices.idle(), await ctx.index.settle(), ctx.folderLock.release()),
    /** Resolves once every queued write (notices included) has reached the disk. */
    idle: async () => (await ctx.tidied(), await ctx.index.idle(), await ctx.queue.idle(), await ctx.notices.idle()),
    clients: opened(clients, ['list', 'page', 'get', 'create', 'update', 'archive', 'restore', 'delete']),
    exportClient: async (id: string, filePath: string) => (await ready(), exportClient(ctx, clientDocs, id, filePath)),
    plans: opened(plans, ['list', 'create', 'save', 'markGiven', 'delete']),
    screenings: opened(screenings, ['list', 'save']),
    decisions: opened(decisions, ['record']),
    templates: opened(templates, ['list', 'save', 'delete', 'duplicate', 'adopt']),
    /** The shipped library with the clinician's own exercises: what checks and handouts read. */
    exerciseLibrary: async () => (await ready(), exerciseLibrary()),
    customExercises: opened(customExercises, ['list', 'save', 'delete', 'addPhoto', 'removePhoto', 'getPhoto']),
    settings: opened(settings, ['get', 'save', 'setLogo', 'getLogo']),
    backups: opened(backups, ['list', 'backupNow', 'restore']),
    transfer: opened(transfer, ['exportAll', 'importAll']),
    notices: {
      // After the tidying that follows an open: it may add a notice (a damaged file soon removed).
      list: async () => (await ready(), await ctx.tidied(), ctx.notices.list()),
      dismiss: async (id: string) => (await ready(), ctx.notices.dismiss(id))
    }
  }
}

export type Store = ReturnType<typeof createStore>
