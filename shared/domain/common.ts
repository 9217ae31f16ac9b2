import { z } from 'zod'
import { regionalSourceKeys, regionalSourceTitles } from './regional-sources'
import { isRealDate } from './calendar-day'

/** Lower-case kebab or snake id, stable across versions (used as file keys and in URLs). */
export const idSchema = z
  .string()
  .max(100, 'An id can be at most 100 characters')
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'Use lower-case letters, digits and - or _ only')

/** Calendar date, YYYY-MM-DD, checked to be a real day. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the date format YYYY-MM-DD')
  .refine(isRealDate, 'Not a real calendar date')

export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'Use an ISO date-time, e.g. 2025-01-31T09:30:00Z' })

export { isRealDate, localDay } from './calendar-day'

/** Source keys from the clinical reference, or "clinical reasoning" where no source is cited. */
export const sourceKeys = [
  'N59', 'N65', 'IFOMPT', 'CES', 'CKS', 'TIER', 'CA', 'FX', 'INF', 'AAA', 'UKOP', 'TFTF', 'YVCF',
  'PREG', 'THR', 'TKR', 'IOP', 'SPL', 'LSS', 'POP', 'DP', 'CPG', 'ACSM', 'BANDY', 'clinical reasoning',
  ...regionalSourceKeys
] as const
export const sourceKeySchema = z.enum(sourceKeys)
export type SourceKey = z.infer<typeof sourceKeySchema>
export const sourcesSchema = z.array(sourceKeySchema).min(1, 'Name at least one source, or "clinical reasoning"')

export const sourceTitles: Record<SourceKey, string> = {
  N59: 'NICE NG59: low back pain and sciatica',
  N65: 'NICE NG65: spondyloarthritis',
  IFOMPT: 'Finucane et al. 2020, international framework for red flags (JOSPT)',
  CES: 'UK national suspected cauda equina pathway (CSP, 2024)',
  CKS: 'NICE clinical knowledge summary: back pain red flags',
  TIER: 'NHS Lothian lumbar spine red flags',
  CA: 'Red flags for spinal malignancy, review (PMC10631455)',
  FX: 'Finnish Current Care guideline: vertebral fracture',
  INF: 'Spinal infection review, BMC Musculoskeletal Disorders 2019',
  AAA: 'JOSPT 2014 case report: abdominal aortic aneurysm',
  UKOP: 'UK consensus on exercise for osteoporosis',
  TFTF: 'Osteoporosis Canada, "Too Fit to Fracture"',
  YVCF: 'Yoga-related vertebral compression fractures, Eur J Phys Rehabil Med 2018',
  PREG: 'ACOG / BJSM 2019 guidance on exercise in pregnancy',
  THR: 'Total hip replacement precautions by surgical approach',
  TKR: 'Kneeling after knee replacement (PMC6667980)',
  IOP: 'Intra-ocular pressure in yoga inversions',
  SPL: 'Spondylolisthesis exercise studies (Arch Phys Med Rehabil 1989; PTJ 2021)',
  LSS: 'Lumbar stenosis exercise (BMC Musculoskelet Disord 10:121)',
  POP: 'Precautions after spinal fusion',
  DP: 'Directional preference (McKenzie)',
  CPG: 'JOSPT 2021 low back pain clinical practice guideline',
  ACSM: 'ACSM stretching and flexibility guidelines 2021',
  BANDY: 'Bandy et al., hamstring stretch duration trials',
  'clinical reasoning': 'Clinical reasoning (no specific source)',
  ...regionalSourceTitles
}
