/**
 * Taking votes: substantive votes on a subject in voting procedure, procedural
 * votes on motions, by placard (everyone at once) or by roll call. Only
 * members present when the vote opens take part; invited delegations never.
 */
import type { DecisionContext } from '../../actor.ts';
import { actingDelegation, isRefusal, type Issuer } from '../core/authorization.ts';
import { carryOut } from '../motions/carryOut.ts';
import type { CommandOf } from '../core/commands.ts';
import { abstentionRefusal } from './ballot.ts';
import { accept, idSource, refuse, type Decision } from '../core/decision.ts';
import type { DomainEvent } from '../core/events.ts';
import { questionDecided } from '../drafts/draftResults.ts';
import { questionNamed } from '../drafts/draftVoting.ts';
import { requireFloor, requireQuietFloor } from '../core/guards.ts';
import { decideOutcome } from './outcome.ts';
import { answerRollCall, drawRollCall } from './rollCallVote.ts';
import { isPresent, nameOf, quorumMet } from '../core/roster.ts';
import type { CommitteeState } from '../core/state.ts';
import { calledMember, type VoteMember } from './votes.ts';

/** Every member as it stands now, for a vote's electorate (invitees are not members). */
export const electorate = (state: CommitteeState): VoteMember[] =>
  state.members.map((member) => ({
    code: member.code,
    name: member.name,
    p5: member.p5,
    present: isPresent(state, member.code),
    presentAndVoting: state.attendance.delegations[member.code]?.status === 'presentAndVoting',
  }));

/**
 * vote.open: in voting procedure and with a quorum, the chair puts a question to the vote:
 * the next question on the drafts (named by its subject id, or the draft's id or symbol),
 * or any other text by id and title.
 */
export const openSubstantiveVote = (
  state: CommitteeState,
  command: CommandOf<'vote.open'>,
  ctx: DecisionContext,
): Decision => {
  const floor = requireFloor(state, ['votingProcedure'], 'A substantive vote');
  if (floor) return floor;
  const quiet = requireQuietFloor(state, 'A new vote');
  if (quiet) return quiet;
  if (state.explanations) {
    return refuse('out_of_order', 'explanations of vote on the last vote come first');
  }
  if (!quorumMet(state)) {
    return refuse('out_of_order', `no quorum: ${state.rules.quorum} members must be present`);
  }
  const named = questionNamed(state, command.payload.subject.id);
  if (isRefusal(named)) return named;
  const members = electorate(state);
  const rollCallNext = state.floor.kind === 'votingProcedure' && state.floor.rollCallNext;
  const rollCall = rollCallNext ? drawRollCall(members, ctx.draw) : null;
  if (rollCallNext && !rollCall) return refuse('out_of_order', 'no member is present to call');
  return accept({
    type: 'vote.opened',
    at: ctx.now,
    vote: {
      id: idSource(state.nextSerial)('V'),
      kind: 'substantive',
      // A question on the drafts carries the engine's subject; any other text is the chair's.
      subject: named ? named.subject : command.payload.subject,
      motionId: null,
      question: named ? named.question : null,
      method: rollCall ? 'rollCall' : 'placard',
      threshold: state.rules.adoptionThreshold,
      members,
      rollCall,
    },
  });
};

/** vote.cast: a member votes for itself, or the chair enters a member's vote. */
export const castVote = (
  state: CommitteeState,
  command: CommandOf<'vote.cast'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const delegation = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(delegation)) return delegation;
  const vote = state.votes.find((candidate) => candidate.id === command.payload.voteId);
  if (!vote) return refuse('not_found', `there is no vote ${command.payload.voteId}`);
  if (vote.status !== 'open') return refuse('out_of_order', `vote ${vote.id} is closed`);
  const member = vote.members.find((candidate) => candidate.code === delegation);
  if (!member)
    return refuse('out_of_order', `${nameOf(state, delegation)} participates without vote`);
  if (!member.present) {
    return refuse(
      'out_of_order',
      `${nameOf(state, delegation)} was not present when the vote opened`,
    );
  }
  const by = issuer.role === 'chair' ? 'chair' : 'seat';
  const answer = command.payload.choice;
  if (vote.rollCall) return answerRollCall(state, vote, vote.rollCall, delegation, answer, by, ctx);
  if (answer !== 'yes' && answer !== 'no' && answer !== 'abstain') {
    return refuse('out_of_order', `"${answer}" is an answer in a roll call, not a placard vote`);
  }
  if (answer === 'abstain') {
    const refusal = abstentionRefusal(state, vote, delegation);
    if (refusal) return refusal;
  }
  const previous = vote.records.find((record) => record.delegation === delegation);
  // A member votes once; the chair may correct an entry while the vote is open.
  if (previous && (by === 'seat' || previous.choice === answer)) {
    return refuse('conflict', `${nameOf(state, delegation)} has already voted ${previous.choice}`);
  }
  return accept({
    type: 'vote.recorded',
    at: ctx.now,
    voteId: vote.id,
    delegation,
    choice: answer,
    withRights: false,
    by,
  });
};

/** vote.close: once every member present has voted (or answered the roll), the result is declared. */
export const closeVote = (
  state: CommitteeState,
  command: CommandOf<'vote.close'>,
  ctx: DecisionContext,
): Decision => {
  const vote = state.votes.find((candidate) => candidate.id === command.payload.voteId);
  if (!vote) return refuse('not_found', `there is no vote ${command.payload.voteId}`);
  if (vote.status !== 'open') return refuse('conflict', `vote ${vote.id} is already closed`);
  if (vote.rollCall) {
    const called = calledMember(vote.rollCall);
    if (called !== null)
      return refuse('out_of_order', `the roll call is waiting for ${nameOf(state, called)}`);
  }
  const missing = vote.members
    .filter(
      (member) =>
        member.present && !vote.records.some((record) => record.delegation === member.code),
    )
    .map((member) => member.code);
  if (missing.length > 0) return refuse('out_of_order', `still to vote: ${missing.join(', ')}`);
  const result = decideOutcome({
    kind: vote.kind,
    members: vote.members,
    records: vote.records,
    threshold: vote.threshold,
  });
  const events: DomainEvent[] = [
    { type: 'vote.closed', at: ctx.now, voteId: vote.id, result },
    ...questionDecided(state, vote, result, ctx.now),
  ];
  const motion = state.motions.find((candidate) => candidate.id === vote.motionId);
  if (motion) {
    if (result.outcome === 'adopted') {
      events.push(...carryOut(state, motion, ctx.now, vote.id));
    } else {
      events.push({ type: 'motion.failed', at: ctx.now, motionId: motion.id, voteId: vote.id });
      if (motion.spec.kind === 'appeal') {
        events.push({ type: 'ruling.upheld', at: ctx.now, rulingId: motion.spec.rulingId });
      }
    }
  }
  return accept(...events);
};

/** explanation.next: the next delegation that voted "with rights" explains its vote. */
export const nextExplanation = (state: CommitteeState, ctx: DecisionContext): Decision => {
  const next = state.explanations?.queue[0];
  if (next === undefined) return refuse('out_of_order', 'no explanation of vote is waiting');
  const quiet = requireQuietFloor(state, 'An explanation of vote');
  if (quiet) return quiet;
  return accept({
    type: 'speech.started',
    at: ctx.now,
    speechId: idSource(state.nextSerial)('S'),
    delegation: next,
    kind: 'explanationOfVote',
    durationMs: state.rules.explanationOfVoteSeconds * 1000,
    replyTo: null,
    requestId: null,
  });
};

/** explanation.waive: a delegation gives up its explanation of vote. */
export const waiveExplanation = (
  state: CommitteeState,
  command: CommandOf<'explanation.waive'>,
  ctx: DecisionContext,
  issuer: Issuer,
): Decision => {
  const delegation = actingDelegation(state, issuer, command.payload.delegation);
  if (isRefusal(delegation)) return delegation;
  if (!state.explanations?.queue.includes(delegation)) {
    return refuse('not_found', `${nameOf(state, delegation)} has no explanation of vote waiting`);
  }
  return accept({ type: 'explanation.waived', at: ctx.now, delegation });
};

/** votingProcedure.end: the chair ends voting procedure; the topic is concluded. */
export const endVotingProcedure = (state: CommitteeState, ctx: DecisionContext): Decision => {
  const floor = requireFloor(state, ['votingProcedure'], 'Ending voting procedure');
  if (floor) return floor;
  const quiet = requireQuietFloor(state, 'Ending voting procedure');
  if (quiet) return quiet;
  if (state.explanations) return refuse('out_of_order', 'explanations of vote are still waiting');
  const topicIndex = state.agenda.findIndex((topic) => topic.status === 'underDebate');
  return accept({
    type: 'votingProcedure.ended',
    at: ctx.now,
    topicIndex: topicIndex === -1 ? null : topicIndex,
  });
};
