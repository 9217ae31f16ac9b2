/** Strings for typed dates: the format shown beside a date field and what is wrong with a typed date. */
export default {
  hint: 'Type as {pattern}, for example {example}.',
  format: 'This is not a date in the form {pattern}. For example: {example}.',
  noSuchDay: 'There is no such day. Check the day and the month.'
}
