/**
 * The motion form, for the chair's console and the seat's phone alike: the
 * fields as typed (strings; caucus totals in minutes), the motion spec they
 * describe, and the shared `motionSpecSchema`'s issues sorted under the field
 * where each was typed. The schema is the only judge, so the forms and the
 * server agree on what a well-formed motion is; each screen words the issues.
 */
import { motionSpecSchema, type MotionKind, type MotionSpec } from '@placard/shared';
import type { z } from 'zod';

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
  /** A draft resolution, by id (a working paper's id never changes). */
  targetDraft: string;
  parts: string;
  rulingId: string;
}

/** A field of the form; `order` is the drafts' new order, which a form keeps as a list. */
export type FieldName = keyof MotionFields | 'order';

/** The fields of a new form. */
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

/** What a motion names besides its fields: drafts as the committee names them, their new order. */
export interface MotionNames {
  /** The drafts' new order, by the names a motion gives them. */
  readonly order: readonly string[];
  /** How a motion names the draft with this id (its symbol once approved), and its title. */
  draft(id: string): { readonly id: string; readonly title: string } | null;
}

/** The spec these fields describe (not yet validated). */
export function specFrom(kind: MotionKind, f: MotionFields, names: MotionNames): unknown {
  const draft = names.draft(f.targetDraft);
  const draftId = draft?.id ?? f.targetDraft;
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
    case 'introduceDraft':
      return { kind, draft: { id: draftId, title: draft?.title ?? '' } };
    case 'introduceAmendment':
      return {
        kind,
        amendment: { id: f.amendmentId.trim(), title: f.amendmentTitle },
        draftId,
      };
    case 'divideQuestion':
      return { kind, draftId, parts: lines(f.parts, /\n/) };
    case 'reorderDrafts':
      return { kind, order: names.order };
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

/** The non-empty lines of a text, split at `separator` and trimmed. */
export const lines = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((line) => line.trim())
    .filter((line) => line !== '');

// Where each part of a spec is typed.
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

/** One issue of the schema, under the field where it was typed (null when no field shows it). */
export interface MotionIssue {
  readonly field: FieldName | null;
  /** The spec's path to the value, e.g. `amendment.title`. */
  readonly path: string;
  readonly issue: z.core.$ZodIssue;
}

export type Validation =
  | { readonly ok: true; readonly spec: MotionSpec }
  | { readonly ok: false; readonly issues: readonly MotionIssue[] };

/** Validate with the shared schema: the motion, or every issue in the schema's order. */
export function validate(draft: unknown): Validation {
  const parsed = motionSpecSchema.safeParse(draft);
  if (parsed.success) return { ok: true, spec: parsed.data };
  const issues = parsed.error.issues.map((issue): MotionIssue => {
    const path = issue.path.map(String);
    const field = fieldOf[path.slice(0, 2).join('.')] ?? fieldOf[path[0] ?? ''] ?? null;
    return { field, path: path.join('.'), issue };
  });
  return { ok: false, issues };
}
