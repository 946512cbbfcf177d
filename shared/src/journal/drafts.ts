/**
 * Draft resolutions and amendments as the minutes read them from the state:
 * structurally (only the fields used here), so the minutes keep working while
 * the engine's draft records evolve; and where each draft ended up.
 */
import type { DraftSummary } from './types.ts';

/** Where the minutes find drafts and amendments: a committee state, or any shape of one. */
export interface DraftHolder {
  readonly drafts?: unknown;
  readonly amendments?: unknown;
}

/** How a draft and an amendment are named in a sentence (symbol once approved). */
export interface Names {
  draft(id: string | null): string;
  amendment(id: string | null): string;
}

export const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
export const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
export const record = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
/** Parts of a division: labels (`{ label }` objects) or plain strings. */
export const partLabels = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap((part) => str(part) ?? str(record(part)['label']) ?? [])
    : [];

export const changeText = (change: Readonly<Record<string, unknown>>): string => {
  const clause = num(change['clause']);
  const where = clause === null ? 'an operative clause' : `operative clause ${clause}`;
  switch (change['action']) {
    case 'add':
      return `add ${where}`;
    case 'strike':
      return `strike ${where}`;
    case 'replace':
      return `replace ${where}`;
    default:
      return `change ${where}`;
  }
};

export interface DraftLike {
  readonly id: string;
  readonly symbol?: string | null;
  readonly title?: string;
  readonly sponsors?: readonly string[];
  readonly signatories?: readonly string[];
  readonly status?: { readonly kind?: string; readonly [key: string]: unknown };
  readonly introduced?: { readonly by?: string } | null;
  /** The earlier shape of a draft on the floor (before drafts had a lifecycle). */
  readonly introducedBy?: string;
}

export interface AmendmentLike {
  readonly id: string;
  readonly draftId?: string;
  readonly proposer?: string;
  readonly change?: unknown;
  readonly status?: { readonly kind?: string };
}

const hasId = (value: unknown): boolean => typeof record(value)['id'] === 'string';
const isDraftLike = (value: unknown): value is DraftLike => hasId(value);
const isAmendmentLike = (value: unknown): value is AmendmentLike => hasId(value);

/** The drafts in a state, read for the fields the minutes use. */
export const draftsIn = (state: DraftHolder): readonly DraftLike[] => {
  const drafts: unknown = state.drafts;
  return Array.isArray(drafts) ? drafts.filter(isDraftLike) : [];
};
/** The amendments in a state, read for the fields the minutes use. */
export const amendmentsIn = (state: DraftHolder): readonly AmendmentLike[] => {
  const amendments: unknown = state.amendments;
  return Array.isArray(amendments) ? amendments.filter(isAmendmentLike) : [];
};

/** How the state names its drafts and amendments. */
export const namesIn = (state: DraftHolder): Names => {
  const drafts = draftsIn(state);
  const draftName = (id: string | null): string => {
    if (id === null) return 'a draft';
    const draft = drafts.find((candidate) => candidate.id === id || candidate.symbol === id);
    return draft?.symbol ?? draft?.id ?? id;
  };
  return {
    draft: draftName,
    amendment: (id) => {
      if (id === null) return 'An amendment';
      const amendment = amendmentsIn(state).find((candidate) => candidate.id === id);
      return amendment?.draftId
        ? `Amendment ${id} to ${draftName(amendment.draftId)}`
        : `Amendment ${id}`;
    },
  };
};

/** Where each draft ended up, with its amendments: the drafts section of the minutes. */
export const draftSummaries = (state: DraftHolder): DraftSummary[] => {
  const amendments = amendmentsIn(state);
  return draftsIn(state).map((draft) => {
    const status = draft.status ?? {};
    return {
      id: draft.id,
      symbol: draft.symbol ?? null,
      title: draft.title ?? '',
      sponsors: draft.sponsors ?? (draft.introducedBy ? [draft.introducedBy] : []),
      signatories: draft.signatories ?? [],
      status: typeof status.kind === 'string' ? status.kind : 'draft',
      resolutionNumber: num(status['resolutionNumber']),
      voteId: str(status['voteId']),
      vetoedBy: strings(status['vetoedBy']),
      introducedBy: draft.introduced?.by ?? draft.introducedBy ?? null,
      amendments: amendments
        .filter((amendment) => amendment.draftId === draft.id)
        .map((amendment) => ({
          id: amendment.id,
          proposer: amendment.proposer ?? null,
          change: changeText(record(amendment.change)),
          status: amendment.status?.kind ?? 'proposed',
        })),
    };
  });
};
