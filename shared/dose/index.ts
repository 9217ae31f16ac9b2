export { describeDose, describeFrequency, formatSeconds, timesWord } from './describe-dose'
export { estimateItemSeconds, estimatePlanMinutes, timing } from './estimate'
