/**
 * Deciding amendments to an approved draft's operative clauses (proc §8): a
 * member proposes to add, strike or replace a clause; when every sponsor has
 * accepted it, it is friendly and incorporated without a vote; otherwise its
 * proposer may move to introduce it as unfriendly (motion 9), and it is then
 * voted before the draft. Texts are frozen in voting procedure.
 */
import type { DecisionContext } from '../../actor.ts';
import { actingDelegation, isRefusal, type Issuer } from '../core/authorization.ts';
import type { CommandOf } from '../core/commands.ts';
import { accept, refuse, type Decision, type Refusal } from '../core/decision.ts';
import { maySponsor, notASponsor } from './sponsorship.ts';
import { parseClauseText } from './draftParser.ts';
import type { AmendmentChangeInput } from './draftSchemas.ts';
import {
  draftLabel,
  findAmendment,
  findDraft,
  orderForPosition,
  undecided,
  type Amendment,
  type AmendmentChange,
  type ClauseText,
  type DraftResolution,
} from './drafts.ts';
import { lapsesAfterChange } from './draftResults.ts';
import { MAX_UNDECIDED_AMENDMENTS } from './draftLimits.ts';
import { votingBegunOn } from './draftVoting.ts';
import type { DomainEvent } from '../core/events.ts';
import { nameOf } from '../core/roster.ts';
import type { CommitteeState } from '../core/state.ts';

/** Texts do not change in voting procedure, nor once voting on the draft has begun. */
const textsFrozen = (state: CommitteeState, draft: DraftResolution): Refusal | null => {
  if (state.floor.kind === 'votingProcedure') {
    return refuse('out_of_order', 'texts are not amended in voting procedure');
  }
  return votingBegunOn(state, draft.id)
    ? refuse('out_of_order', `voting on ${draftLabel(draft)} has begun`)
    : null;
};

const newWords = (input: {
  text: string;
  subClauses?: readonly string[] | undefined;
}): ClauseText | Refusal => {
  if (input.subClauses !== undefined) return { text: input.text, subClauses: input.subClauses };
  const parsed = parseClauseText(input.text);
  return parsed.ok ? parsed.value : refuse('invalid', parsed.error);
};

/** The change as data: the clause it aims at by key, the new clause's key and place. */
const changeFor = (
  draft: DraftResolution,
  input: AmendmentChangeInput,
): AmendmentChange | Refusal => {
  const count = draft.operative.length;
  const last = input.action === 'add' ? count + 1 : count;
  if (input.clause > last) {
    return refuse(
      'not_found',
      input.action === 'add'
        ? `a new clause can be number 1 to ${last} of ${draftLabel(draft)}`
        : `${draftLabel(draft)} has no operative clause ${input.clause}`,
    );
  }
  if (input.action === 'strike') {
    if (count === 1) return refuse('out_of_order', 'a draft keeps at least one operative clause');
    const target = draft.operative[input.clause - 1];
    return { action: 'strike', clause: input.clause, key: target?.key ?? 0 };
  }
  const words = newWords(input);
  if (isRefusal(words)) return words;
  if (input.action === 'replace') {
    const target = draft.operative[input.clause - 1];
    return { action: 'replace', clause: input.clause, key: target?.key ?? 0, ...words };
  }
  return {
    action: 'add',
    clause: input.clause,
    key: draft.nextClauseKey,
    order: orderForPosition(draft.operative, input.clause),
    ...words,
  };
};

/** Accepted by every sponsor: friendly, incorporated now; other amendments to the clause lapse. */
const friendlyIfAccepted = (
  state: CommitteeState,
  draft: DraftResolution,
  amendment: Amendment,
  acceptedBy: readonly string[],
  at: number,
): DomainEvent[] =>
  draft.sponsors.every((sponsor) => acceptedBy.includes(sponsor))
    ? [
        { type: 'amendment.incorporated', at, amendmentId: amendment.id },
        ...lapsesAfterChange(state, amendment, at),
      ]
    : [];

/** amendment.propose: a member proposes to add, strike or replace an operative clause of an approved draft. */
export const proposeAmendment = (
  state: CommitteeState,
  command: CommandOf<'amendment.propose'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const proposer = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(proposer)) return proposer;
  if (!maySponsor(state, proposer)) return notASponsor(state, proposer);
  const draft = findDraft(state, command.payload.draftId);
  if (!draft) return refuse('not_found', `there is no draft ${command.payload.draftId}`);
  if (draft.status.kind !== 'draft') {
    return refuse(
      'out_of_order',
      draft.status.kind === 'workingPaper'
        ? `${draft.id} is a working paper: its sponsors edit it`
        : `${draftLabel(draft)} is ${draft.status.kind}`,
    );
  }
  const frozen = textsFrozen(state, draft);
  if (frozen) return frozen;
  const open = state.amendments.filter((a) => a.proposer === proposer && undecided(a)).length;
  if (open >= MAX_UNDECIDED_AMENDMENTS) {
    return refuse(
      'out_of_order',
      `${nameOf(state, proposer)} has ${open} amendments undecided: withdraw one first`,
    );
  }
  const change = changeFor(draft, command.payload.change);
  if (isRefusal(change)) return change;
  const amendment: Amendment = {
    id: `A/${state.amendments.length + 1}`,
    draftId: draft.id,
    proposer,
    change,
    acceptedBy: [],
    declinedBy: [],
    proposedAt: ctx.now,
    introduced: null,
    status: { kind: 'proposed' },
  };
  const events: DomainEvent[] = [
    {
      type: 'amendment.proposed',
      at: ctx.now,
      amendment: { id: amendment.id, draftId: draft.id, proposer, change },
    },
  ];
  // A sponsor proposing an amendment accepts it.
  if (draft.sponsors.includes(proposer)) {
    events.push(
      { type: 'amendment.accepted', at: ctx.now, amendmentId: amendment.id, delegation: proposer },
      ...friendlyIfAccepted(state, draft, amendment, [proposer], ctx.now),
    );
  }
  return accept(...events);
};

/** The amendment a sponsor answers, with the sponsor and the draft. */
const sponsorAnswering = (
  state: CommitteeState,
  issuer: Issuer,
  named: string | undefined,
  amendmentId: string,
): { delegation: string; amendment: Amendment; draft: DraftResolution } | Refusal => {
  const delegation = actingDelegation(state, issuer, named);
  if (isRefusal(delegation)) return delegation;
  const amendment = findAmendment(state, amendmentId);
  if (!amendment) return refuse('not_found', `there is no amendment ${amendmentId}`);
  const draft = findDraft(state, amendment.draftId);
  if (!draft) return refuse('not_found', `there is no draft ${amendment.draftId}`);
  if (!draft.sponsors.includes(delegation)) {
    return refuse('forbidden', `only the sponsors of ${draftLabel(draft)} answer amendments to it`);
  }
  if (!undecided(amendment)) {
    return refuse('out_of_order', `amendment ${amendment.id} is ${amendment.status.kind}`);
  }
  const frozen = textsFrozen(state, draft);
  if (frozen) return frozen;
  return { delegation, amendment, draft };
};

/** amendment.accept: a sponsor accepts an amendment; once every sponsor has, it is friendly. */
export const acceptAmendment = (
  state: CommitteeState,
  command: CommandOf<'amendment.accept'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const found = sponsorAnswering(
    state,
    issuer,
    command.payload.delegation,
    command.payload.amendmentId,
  );
  if (isRefusal(found)) return found;
  const { delegation, amendment, draft } = found;
  if (amendment.acceptedBy.includes(delegation)) {
    return refuse('conflict', `${nameOf(state, delegation)} has already accepted ${amendment.id}`);
  }
  return accept(
    { type: 'amendment.accepted', at: ctx.now, amendmentId: amendment.id, delegation },
    ...friendlyIfAccepted(state, draft, amendment, [...amendment.acceptedBy, delegation], ctx.now),
  );
};

/** amendment.decline: a sponsor declines an amendment: it is not friendly (it may still be moved). */
export const declineAmendment = (
  state: CommitteeState,
  command: CommandOf<'amendment.decline'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const found = sponsorAnswering(
    state,
    issuer,
    command.payload.delegation,
    command.payload.amendmentId,
  );
  if (isRefusal(found)) return found;
  const { delegation, amendment } = found;
  if (amendment.declinedBy.includes(delegation)) {
    return refuse('conflict', `${nameOf(state, delegation)} has already declined ${amendment.id}`);
  }
  return accept({ type: 'amendment.declined', at: ctx.now, amendmentId: amendment.id, delegation });
};

/** amendment.withdraw: the proposer withdraws its amendment before it is decided. */
export const withdrawAmendment = (
  state: CommitteeState,
  command: CommandOf<'amendment.withdraw'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const delegation = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(delegation)) return delegation;
  const amendment = findAmendment(state, command.payload.amendmentId);
  if (!amendment)
    return refuse('not_found', `there is no amendment ${command.payload.amendmentId}`);
  if (amendment.proposer !== delegation)
    return refuse('forbidden', 'only the proposer withdraws an amendment');
  if (!undecided(amendment)) {
    return refuse('out_of_order', `amendment ${amendment.id} is ${amendment.status.kind}`);
  }
  if (
    state.votes.some(
      (vote) =>
        vote.status === 'open' &&
        vote.question?.kind === 'amendment' &&
        vote.question.amendmentId === amendment.id,
    )
  ) {
    return refuse('out_of_order', `amendment ${amendment.id} is being voted on`);
  }
  return accept({ type: 'amendment.withdrawn', at: ctx.now, amendmentId: amendment.id });
};
