/** Messages of the board screens (keys start with 'board.'). */
export const board = {
  'board.title': 'Live board',
} as const;
