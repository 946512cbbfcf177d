/**
 * The seat's words for the motion form (`#lib/committee/motionForm.ts`): each
 * issue of the shared schema as a sentence under its field, in the unit the
 * field is typed in, and how a moderated caucus falls into speeches.
 */
import type { z } from 'zod';
import { t } from '#lib/i18n/seat.ts';
import type { FieldName, Validation } from '#lib/committee/motionForm.ts';

const inMinutes: ReadonlySet<FieldName> = new Set([
  'totalMinutes',
  'durationMinutes',
  'extraMinutes',
]);
const inSeconds: ReadonlySet<FieldName> = new Set(['speakingSeconds', 'seconds']);

/** The first problem of each field, in words (none when the motion is well formed). */
export function fieldErrors(validation: Validation): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  if (validation.ok) return errors;
  for (const { field, issue } of validation.issues) {
    if (field && !errors[field]) errors[field] = describe(issue, field);
  }
  return errors;
}

function describe(issue: z.core.$ZodIssue, field: FieldName): string {
  const unit = inMinutes.has(field) ? 'min' : inSeconds.has(field) ? 's' : '';
  const shown = (value: number | bigint): number =>
    unit === 'min' ? Number(value) / 60 : Number(value);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return t('seat.motion.required');
      if (issue.origin === 'array')
        return t('seat.motion.atLeastItems', { count: shown(issue.minimum) });
      return t('seat.motion.atLeast', { value: shown(issue.minimum), unit });
    case 'too_big':
      if (issue.origin === 'string') return t('seat.motion.tooLong', { max: shown(issue.maximum) });
      if (issue.origin === 'array')
        return t('seat.motion.atMostItems', { count: shown(issue.maximum) });
      return t('seat.motion.atMost', { value: shown(issue.maximum), unit });
    case 'invalid_type':
      return unit ? t('seat.motion.wholeNumber') : t('seat.motion.required');
    default:
      return issue.message;
  }
}

/** How a moderated caucus falls into speeches; `even` is false when the last speaker gets less time (a warning, not a refusal). */
export function speechesHint(
  totalSeconds: number,
  speakingSeconds: number,
): { readonly text: string; readonly even: boolean } | null {
  if (!(totalSeconds > 0 && speakingSeconds > 0 && speakingSeconds <= totalSeconds)) return null;
  const rest = totalSeconds % speakingSeconds;
  const count = Math.floor(totalSeconds / speakingSeconds);
  return rest === 0
    ? { text: t('seat.motion.speeches', { count }), even: true }
    : { text: t('seat.motion.notDivisible', { count, rest }), even: false };
}
