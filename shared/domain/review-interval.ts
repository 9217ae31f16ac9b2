/** Days after which a screening is due again, unless Settings say otherwise (zod-free for the client list). */
export const defaultReviewIntervalDays = 90
