/** Runs `fn` repeatedly after a warm-up and returns the median and p95 in milliseconds. */
export async function measure(fn: () => unknown, runs = 200, warmup = 20): Promise<{ medianMs: number; p95Ms: number }> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)) }
}

export const round = (ms: number, digits = 4): number => Number(ms.toFixed(digits))
