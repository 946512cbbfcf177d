/**
 * A motion as the delegate types it (strings in form fields, caucus totals in
 * minutes) and the spec the rules engine takes. Validation is the shared
 * `motionSpecSchema` itself; this file only turns its issues into sentences
 * under the right field.
 */
import { motionSpecSchema, type MotionKind, type MotionSpec } from '@placard/shared';
import type { z } from 'zod';
import { t } from '#lib/i18n/seat.ts';

/** Every field of every kind of motion, as typed. */
export interface MotionFields {
  totalMinutes: string;
  speakingSeconds: string;
  topic: string;
  purpose: string;
  durationMinutes: string;
  extraMinutes: string;
  seconds: string;
  action: string;
  topicIndex: string;
  amendmentId: string;
  amendmentTitle: string;
  targetDraft: string;
  parts: string;
  rulingId: string;
}

export type FieldName = keyof MotionFields | 'order';

export const emptyFields = (): MotionFields => ({
  totalMinutes: '10',
  speakingSeconds: '60',
  topic: '',
  purpose: '',
  durationMinutes: '10',
  extraMinutes: '5',
  seconds: '60',
  action: 'open',
  topicIndex: '',
  amendmentId: '',
  amendmentTitle: '',
  targetDraft: '',
  parts: '',
  rulingId: '',
});

/** A number as typed (NaN when the field is empty). */
export const number = (typed: string): number => (typed.trim() === '' ? Number.NaN : Number(typed));
/** Minutes as typed, in whole seconds. */
export const minutes = (typed: string): number => Math.round(number(typed) * 60);

/** The spec these fields describe (not yet validated). */
export function specFrom(
  kind: MotionKind,
  f: MotionFields,
  order: readonly string[],
  drafts: readonly { readonly id: string; readonly title: string }[],
): unknown {
  switch (kind) {
    case 'suspend':
      return { kind, durationSeconds: minutes(f.durationMinutes) };
    case 'setAgenda':
      return { kind, topicIndex: number(f.topicIndex) };
    case 'extendCaucus':
      return { kind, extraSeconds: minutes(f.extraMinutes) };
    case 'unmoderatedCaucus':
      return { kind, totalSeconds: minutes(f.totalMinutes), purpose: f.purpose };
    case 'moderatedCaucus':
      return {
        kind,
        totalSeconds: minutes(f.totalMinutes),
        speakingSeconds: number(f.speakingSeconds),
        topic: f.topic,
      };
    case 'introduceDraft': {
      const draft = drafts.find((candidate) => candidate.id === f.targetDraft);
      return { kind, draft: { id: f.targetDraft, title: draft?.title ?? '' } };
    }
    case 'introduceAmendment':
      return {
        kind,
        amendment: { id: f.amendmentId.trim(), title: f.amendmentTitle },
        draftId: f.targetDraft,
      };
    case 'divideQuestion':
      return {
        kind,
        draftId: f.targetDraft,
        parts: f.parts
          .split('\n')
          .map((part) => part.trim())
          .filter((part) => part !== ''),
      };
    case 'reorderDrafts':
      return { kind, order };
    case 'setSpeakingTime':
      return { kind, seconds: number(f.seconds) };
    case 'speakersList':
      return { kind, action: f.action };
    case 'appeal':
      return { kind, rulingId: f.rulingId };
    case 'adjourn':
    case 'postpone':
    case 'closeDebate':
    case 'rollCallVote':
      return { kind };
    default:
      return kind satisfies never;
  }
}

// Where each part of a spec is typed, and in which unit its numbers are shown.
const fieldOf: Readonly<Record<string, FieldName>> = {
  totalSeconds: 'totalMinutes',
  speakingSeconds: 'speakingSeconds',
  topic: 'topic',
  purpose: 'purpose',
  durationSeconds: 'durationMinutes',
  extraSeconds: 'extraMinutes',
  seconds: 'seconds',
  action: 'action',
  topicIndex: 'topicIndex',
  'draft.id': 'targetDraft',
  'draft.title': 'targetDraft',
  'amendment.id': 'amendmentId',
  'amendment.title': 'amendmentTitle',
  draftId: 'targetDraft',
  parts: 'parts',
  order: 'order',
  rulingId: 'rulingId',
};
const inMinutes: ReadonlySet<FieldName> = new Set([
  'totalMinutes',
  'durationMinutes',
  'extraMinutes',
]);
const inSeconds: ReadonlySet<FieldName> = new Set(['speakingSeconds', 'seconds']);

export type Validation =
  | { readonly ok: true; readonly spec: MotionSpec }
  | { readonly ok: false; readonly errors: Partial<Record<FieldName, string>> };

/** Validate with the shared schema; the first problem of each field, in words. */
export function validate(draft: unknown): Validation {
  const parsed = motionSpecSchema.safeParse(draft);
  if (parsed.success) return { ok: true, spec: parsed.data };
  const errors: Partial<Record<FieldName, string>> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    const field = fieldOf[path.slice(0, 2).join('.')] ?? fieldOf[path[0] ?? ''];
    if (field && !errors[field]) errors[field] = describe(issue, field);
  }
  return { ok: false, errors };
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
