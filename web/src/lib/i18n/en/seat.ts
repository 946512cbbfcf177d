/** Messages of the seat screens (keys start with 'seat.'). */
export const seat = {
  'seat.title': 'Your seat',
} as const;
