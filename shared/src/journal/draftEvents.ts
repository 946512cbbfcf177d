/**
 * Draft and amendment events in the minutes. Every event whose type
 * starts with `draft.`, `drafts.`, `amendment.` or `amendments.` comes here:
 *
 * - a type listed in `describers` is read out field by field (and may be
 *   `routine`: signatures, sponsors and edits of a working paper stay out of
 *   the proceedings; the drafts section shows where they ended up);
 * - any other type still gets an entry, with the record's line as its
 *   text and the draft or amendment it names, so the lifecycle can grow in the
 *   engine without the minutes losing an event.
 *
 * To cover a new event, add one describer. The drafts and amendments are read
 * from the state structurally (only the fields used here), so the minutes keep
 * working while the engine's draft records evolve.
 */
import {
  amendmentsIn,
  changeText,
  type DraftHolder,
  draftsIn,
  type Names,
  namesIn,
  num,
  partLabels,
  record,
  str,
  strings,
} from './drafts.ts';
import type { DraftEntry } from './types.ts';

type RawEvent = { readonly type: string; readonly [key: string]: unknown };

/** What a describer reads from an event; `text` is the fallback wording. */
interface Described {
  readonly draftId?: string | null;
  readonly amendmentId?: string | null;
  readonly title?: string | null;
  readonly by?: string | null;
  readonly voteId?: string | null;
  readonly parts?: readonly string[];
  readonly text: string;
  /** Kept out of the proceedings (the drafts section shows the result). */
  readonly routine?: boolean;
}

/** Whether the journal treats this event type as a draft or amendment event. */
export const isDraftEvent = (type: string): boolean =>
  /^(draft|drafts|amendment|amendments)\./.test(type);

/** What each known draft or amendment event says. */
const describers: Readonly<Record<string, (event: RawEvent, names: Names) => Described>> = {
  'draft.submitted': (event) => {
    const draft = record(event['draft']);
    const id = str(draft['id']);
    const title = str(draft['title']);
    const by = str(draft['sponsor']);
    return { draftId: id, title, by, text: `Working paper ${id ?? ''} submitted: ${title ?? ''}` };
  },
  'draft.edited': (event, names) => ({
    draftId: str(event['draftId']),
    title: str(event['title']),
    text: `${names.draft(str(event['draftId']))} edited`,
    routine: true,
  }),
  'draft.sponsorAdded': (event, names) => ({
    draftId: str(event['draftId']),
    by: str(event['delegation']),
    text: `Sponsor added to ${names.draft(str(event['draftId']))}`,
    routine: true,
  }),
  'draft.sponsorRemoved': (event, names) => ({
    draftId: str(event['draftId']),
    by: str(event['delegation']),
    text: `Sponsor removed from ${names.draft(str(event['draftId']))}`,
    routine: true,
  }),
  'draft.signed': (event, names) => ({
    draftId: str(event['draftId']),
    by: str(event['delegation']),
    text: `${names.draft(str(event['draftId']))} signed`,
    routine: true,
  }),
  'draft.unsigned': (event, names) => ({
    draftId: str(event['draftId']),
    by: str(event['delegation']),
    text: `Signature withdrawn from ${names.draft(str(event['draftId']))}`,
    routine: true,
  }),
  'draft.approved': (event) => ({
    draftId: str(event['draftId']),
    text: `Working paper ${str(event['draftId']) ?? ''} approved by the chair as draft resolution ${str(event['symbol']) ?? ''}`,
  }),
  'draft.introduced': (event, names) => ({
    draftId: str(event['draftId']),
    by: str(event['by']),
    text: `Draft resolution ${names.draft(str(event['draftId']))} introduced`,
  }),
  'draft.divided': (event, names) => {
    const parts = partLabels(event['parts']);
    return {
      draftId: str(event['draftId']),
      parts,
      text: `Question divided on ${names.draft(str(event['draftId']))}: ${parts.join(' / ')}`,
    };
  },
  'drafts.reordered': (event, names) => {
    const parts = strings(event['order']).map((id) => names.draft(id));
    return { parts, text: `Drafts reordered: ${parts.join(', ')}` };
  },
  'draft.partVoted': (event, names) => ({
    draftId: str(event['draftId']),
    voteId: str(event['voteId']),
    text: `${names.draft(str(event['draftId']))}, part ${(num(event['part']) ?? 0) + 1}: ${str(event['outcome']) ?? ''} (vote ${str(event['voteId']) ?? ''})`,
  }),
  'draft.adopted': (event, names) => ({
    draftId: str(event['draftId']),
    voteId: str(event['voteId']),
    text: `${names.draft(str(event['draftId']))} adopted as resolution ${num(event['resolutionNumber']) ?? ''} (vote ${str(event['voteId']) ?? ''})`,
  }),
  'draft.failed': (event, names) => ({
    draftId: str(event['draftId']),
    voteId: str(event['voteId']),
    text: `${names.draft(str(event['draftId']))} failed${event['everyPartFailed'] === true ? ' (every part failed)' : ''}`,
  }),
  'draft.vetoed': (event, names) => ({
    draftId: str(event['draftId']),
    voteId: str(event['voteId']),
    text: `${names.draft(str(event['draftId']))} vetoed by ${strings(event['vetoedBy']).join(', ')}`,
  }),
  'draft.withdrawn': (event, names) => ({
    draftId: str(event['draftId']),
    by: str(event['by']),
    text: `${names.draft(str(event['draftId']))} withdrawn`,
  }),
  'amendment.proposed': (event, names) => {
    const amendment = record(event['amendment']);
    const draftId = str(amendment['draftId']);
    return {
      draftId,
      amendmentId: str(amendment['id']),
      by: str(amendment['proposer']),
      text: `Amendment ${str(amendment['id']) ?? ''} to ${names.draft(draftId)} proposed: ${changeText(record(amendment['change']))}`,
    };
  },
  'amendment.accepted': (event, names) => ({
    amendmentId: str(event['amendmentId']),
    by: str(event['delegation']),
    text: `${names.amendment(str(event['amendmentId']))} accepted by a sponsor`,
    routine: true,
  }),
  'amendment.declined': (event, names) => ({
    amendmentId: str(event['amendmentId']),
    by: str(event['delegation']),
    text: `${names.amendment(str(event['amendmentId']))} declined by a sponsor`,
    routine: true,
  }),
  'amendment.incorporated': (event, names) => ({
    amendmentId: str(event['amendmentId']),
    text: `${names.amendment(str(event['amendmentId']))} accepted by every sponsor: incorporated as friendly`,
  }),
  'amendment.introduced': (event, names) => ({
    amendmentId: str(event['amendmentId']),
    by: str(event['by']),
    text: `${names.amendment(str(event['amendmentId']))} introduced`,
  }),
  'amendment.withdrawn': (event, names) => ({
    amendmentId: str(event['amendmentId']),
    text: `${names.amendment(str(event['amendmentId']))} withdrawn`,
  }),
  'amendment.voted': (event, names) => ({
    amendmentId: str(event['amendmentId']),
    voteId: str(event['voteId']),
    text: `${names.amendment(str(event['amendmentId']))} ${str(event['outcome']) ?? 'voted'} (vote ${str(event['voteId']) ?? ''})`,
  }),
  'amendments.lapsed': (event) => ({
    parts: strings(event['amendmentIds']),
    text: `Amendments lapsed (${strings(event['amendmentIds']).join(', ')})${str(event['reason']) ? `: ${str(event['reason']) ?? ''}` : ''}`,
  }),
};

/** For a type without a describer: the ids most draft events carry, and a plain wording. */
const generic = (event: RawEvent, names: Names): Described => {
  const nested = record(event['draft'] ?? event['amendment']);
  const draftId = str(event['draftId']) ?? str(nested['draftId']) ?? str(nested['id']);
  const amendmentId = str(event['amendmentId']);
  const what = event.type
    .replace(/^[a-z]+\./, '')
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase();
  const subject = amendmentId ? names.amendment(amendmentId) : names.draft(draftId);
  return {
    draftId,
    amendmentId,
    title: str(nested['title']),
    by: str(event['by']) ?? str(event['delegation']),
    text: `${subject} ${what}`,
  };
};

/**
 * The minutes' entry for a draft or amendment event, or null for a routine one.
 * `line` is the engine's journal line for the event, preferred when it wrote one.
 */
export const draftEntry = (
  seq: number,
  at: number,
  event: RawEvent,
  after: DraftHolder,
  line: string | null,
): DraftEntry | null => {
  const names = namesIn(after);
  const described = (describers[event.type] ?? generic)(event, names);
  if (described.routine === true && line === null) return null;
  const draftId =
    described.draftId ??
    (described.amendmentId
      ? (amendmentsIn(after).find((amendment) => amendment.id === described.amendmentId)?.draftId ??
        null)
      : null);
  const draft = draftsIn(after).find((candidate) => candidate.id === draftId);
  return {
    kind: 'draft',
    seq,
    at,
    event: event.type,
    draftId,
    label: draftId === null ? null : names.draft(draftId),
    amendmentId: described.amendmentId ?? null,
    title: described.title ?? draft?.title ?? null,
    by: described.by ?? null,
    voteId: described.voteId ?? null,
    parts: described.parts ?? [],
    text: line ?? described.text,
  };
};
