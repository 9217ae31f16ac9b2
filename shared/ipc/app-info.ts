export interface AppInfo {
  name: string
  version: string
  /** Folder where the clinician's records are stored on this computer. */
  dataDir: string
}
