/**
 * How the console writes times and lengths. Wall-clock times come from the
 * server's `at` fields; lengths are seconds from the rules or a motion.
 */
import { t } from '#lib/i18n/index.ts';

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "14:05": the time of day of a server timestamp. */
export const clockTime = (at: number): string => clock.format(at);

/** "10 min", "90 s", "1 min 30 s". */
export function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return t('chair.seconds', { n: rest });
  if (rest === 0) return t('chair.minutes', { n: minutes });
  return t('chair.minutesSeconds', { m: minutes, s: rest });
}
