/** Source keys of the whole-body reference (clinical-reference-regions.md), beside the back-care ones. */
export const regionalSourceKeys = [
  'N226', 'N249', 'N158', 'N157', 'N19', 'CKSN', 'IFC', 'CCR', 'OAR', 'OKR', 'MYEL', 'NPCPG', 'WAD', 'OEP',
  'WFG', 'SHER', 'BESS', 'ASSET', 'ATSA', 'RTSA', 'LEP', 'HOA', 'PFP', 'KLS', 'ACLR', 'TKA', 'ACH', 'ATR',
  'ANK', 'HSJ', 'BOAST10', 'ACSMRT', 'DFU'
] as const
export type RegionalSourceKey = (typeof regionalSourceKeys)[number]

export const regionalSourceTitles: Record<RegionalSourceKey, string> = {
  N226: 'NICE NG226: osteoarthritis in over 16s (2022)',
  N249: 'NICE NG249: falls, assessment and prevention (2025)',
  N158: 'NICE NG158: venous thromboembolic diseases (2020)',
  N157: 'NICE NG157: joint replacement (primary) hip, knee and shoulder (2020)',
  N19: 'NICE NG19: diabetic foot problems',
  CKSN: 'NICE clinical knowledge summary: neck pain, non-specific',
  IFC: 'Rushton et al., IFOMPT international cervical framework (2020; JOSPT 2023)',
  CCR: 'Stiell et al., Canadian C-spine rule (JAMA 2001)',
  OAR: 'Stiell et al., Ottawa ankle rules (Ann Emerg Med 1992)',
  OKR: 'Stiell et al., Ottawa knee rule (Ann Emerg Med 1995)',
  MYEL: 'Cook et al., clustered findings for cervical myelopathy (JMMT 2010)',
  NPCPG: 'Blanpied et al., neck pain clinical practice guideline (JOSPT 2017)',
  WAD: 'NSW (SIRA) guidelines for acute whiplash-associated disorders (2014)',
  OEP: 'Otago Exercise Programme (Campbell et al. 1997; programme manual)',
  WFG: 'Montero-Odasso et al., world guidelines for falls prevention (Age Ageing 2022)',
  SHER: 'Sherrington et al., exercise to prevent falls in older adults (2011, 2016/17)',
  BESS: 'BESS/BOA patient care pathways, shoulder and elbow (2015; frozen shoulder 2025)',
  ASSET: 'Thigpen et al., ASSET consensus after rotator cuff repair (JSES 2016)',
  ATSA: 'Kennedy et al., ASSET consensus after anatomic shoulder replacement',
  RTSA: 'Brigham and Women’s guideline, reverse shoulder replacement (2022)',
  LEP: 'Lucado et al., lateral elbow pain clinical practice guideline (JOSPT 2022)',
  HOA: 'Cibulka et al., hip osteoarthritis clinical practice guideline (JOSPT 2017)',
  PFP: 'Willy et al., patellofemoral pain clinical practice guideline (JOSPT 2019)',
  KLS: 'Logerstedt et al., knee ligament sprain guideline (JOSPT 2017)',
  ACLR: 'van Melick et al., ACL rehabilitation practice update (BJSM 2016)',
  TKA: 'Jette et al., physical therapist management of total knee arthroplasty (PTJ 2020)',
  ACH: 'Martin et al. / Chimenti et al., midportion Achilles tendinopathy guideline (JOSPT 2018, 2024)',
  ATR: 'UKSTAR (Costa et al.), cast or functional brace for Achilles rupture (Lancet 2020)',
  ANK: 'Martin et al., lateral ankle sprain guideline (JOSPT 2021); Vuurberg et al. (BJSM 2018)',
  HSJ: 'Coakley et al., hot swollen joint in adults guideline (Rheumatology 2006)',
  BOAST10: 'BOA standard: compartment syndrome of the limbs (2014)',
  ACSMRT: 'ACSM position stand: progression models in resistance training (2009)',
  DFU: 'LeMaster et al., weight-bearing activity and diabetic foot ulcers (2003)'
}
