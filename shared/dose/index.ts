export { describeDose, describeFrequency, formatSeconds, timesWord, doseSeparator } from './describe-dose'
export { estimateItemSeconds, estimatePlanMinutes, timing } from './estimate'
