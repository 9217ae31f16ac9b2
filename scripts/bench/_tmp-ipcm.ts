import { argumentsTooLarge } from '/work/wt-import/electron/main/ipc-bounds'
import { hostileArgumentLists } from '/work/wt-import/scripts/bench/hostile-arguments'
for (const { name, args } of hostileArgumentLists()) {
  const times: number[] = []
  for (let i = 0; i < 5; i++) { const t = performance.now(); argumentsTooLarge('saveSettings', args); times.push(performance.now() - t) }
  console.log(name, times.map((t) => t.toFixed(1)).join(' '))
}
