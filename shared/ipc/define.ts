import type { z } from 'zod'

/**
 * One method of the IPC contract: a zod tuple for its arguments (validated in main
 * at the boundary) and a phantom type for what it resolves to.
 */
export interface MethodSpec<Args extends z.ZodTuple, Returns> {
  readonly args: Args
  /** Type-only marker; never set at runtime. */
  readonly returns?: Returns
}

export function method<Args extends z.ZodTuple>(args: Args) {
  return {
    returns<Returns>(): MethodSpec<Args, Returns> {
      return { args }
    }
  }
}
