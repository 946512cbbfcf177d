/** Messages of the chair screens (keys start with 'chair.'). */
export const chair = {
  'chair.title': 'Chair console',
} as const;
