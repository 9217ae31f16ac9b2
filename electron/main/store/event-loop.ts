/** Lets timers and IPC run between slices of long work (main must never block for long). */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
