/**
 * The motion form's fields turned into a motion spec. The shared schema
 * (`motionSpecSchema`) checks it before it is sent, so the form and the
 * server agree on what a well-formed motion is.
 */
import {
  describeChange,
  draftLabel,
  findAmendment,
  findDraft,
  motionSpecSchema,
  type CommitteeState,
  type MotionKind,
  type MotionSpec,
} from '@placard/shared';

/** Everything the form can ask for; each kind uses a few. */
export interface MotionFields {
  minutes: number;
  seconds: number;
  speakingSeconds: number;
  text: string;
  /** A draft resolution, by id (a working paper's id never changes). */
  draftId: string;
  amendmentId: string;
  parts: string;
  order: string;
  action: 'open' | 'close' | 'reopen';
  rulingId: string;
  topicIndex: number;
}

export const emptyFields = (): MotionFields => ({
  minutes: 10,
  seconds: 60,
  speakingSeconds: 60,
  text: '',
  draftId: '',
  amendmentId: '',
  parts: '',
  order: '',
  action: 'close',
  rulingId: '',
  topicIndex: 0,
});

const lines = (text: string): string[] =>
  text
    .split(/\n|,/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

function draft(kind: MotionKind, f: MotionFields, committee: CommitteeState): unknown {
  const minutes = Math.round(f.minutes * 60);
  const chosen = findDraft(committee, f.draftId);
  // Motions name a draft as the committee does: its symbol once approved.
  const label = chosen ? draftLabel(chosen) : '';
  switch (kind) {
    case 'suspend':
      return { kind, durationSeconds: minutes };
    case 'extendCaucus':
      return { kind, extraSeconds: minutes };
    case 'unmoderatedCaucus':
      return { kind, totalSeconds: minutes, purpose: f.text };
    case 'moderatedCaucus':
      return { kind, totalSeconds: minutes, speakingSeconds: f.speakingSeconds, topic: f.text };
    case 'introduceDraft':
      return { kind, draft: { id: label, title: chosen?.title ?? '' } };
    case 'introduceAmendment': {
      const amendment = findAmendment(committee, f.amendmentId);
      const title = chosen && amendment ? describeChange(chosen, amendment.change) : '';
      return { kind, amendment: { id: amendment?.id ?? '', title }, draftId: label };
    }
    case 'divideQuestion':
      return { kind, draftId: label, parts: lines(f.parts) };
    case 'reorderDrafts':
      return { kind, order: lines(f.order) };
    case 'setSpeakingTime':
      return { kind, seconds: f.seconds };
    case 'speakersList':
      return { kind, action: f.action };
    case 'appeal':
      return { kind, rulingId: f.rulingId };
    case 'setAgenda':
      return { kind, topicIndex: f.topicIndex };
    case 'adjourn':
    case 'postpone':
    case 'closeDebate':
    case 'rollCallVote':
      return { kind };
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** The motion, or the first thing wrong with the fields (field path and message). */
export function buildMotion(
  kind: MotionKind,
  fields: MotionFields,
  committee: CommitteeState,
): { ok: true; spec: MotionSpec } | { ok: false; field: string; message: string } {
  const parsed = motionSpecSchema.safeParse(draft(kind, fields, committee));
  if (parsed.success) return { ok: true, spec: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    field: issue?.path.map(String).join('.') ?? '',
    message: issue?.message ?? 'invalid',
  };
}
