import type { Finding, Outcome } from '../../../../shared/domain'
import type { IconName } from '../../ui/AppIcon.vue'

/** Every level has an icon as well as a colour and a word. */
export const levelIcons: Record<Finding['level'] | Outcome, IconName> = {
  emergency: 'avoid', urgent: 'caution', routine: 'info', monitor: 'circle', clear: 'check', incomplete: 'circle'
}
