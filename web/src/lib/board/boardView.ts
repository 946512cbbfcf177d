/**
 * What the board shows, derived from the committee state. Only reading and
 * arranging: every rule (thresholds, outcomes, precedence, who is called)
 * comes from @placard/shared.
 */
import {
  calledMember,
  openVoteOf,
  type ClosedVote,
  type CommitteeState,
  type Vote,
  type VoteMember,
  type VoteResult,
} from '@placard/shared';
import { shortName } from '#lib/committee/names.ts';
import { t } from '#lib/i18n/board.ts';

/**
 * The vote the board shows: the one being taken, else the last one closed
 * until the committee moves on (a new floor, or a speech other than an
 * explanation of that vote), so the result stays up while it is read out.
 */
export function shownVote(state: CommitteeState): Vote | null {
  const open = openVoteOf(state);
  if (open) return open;
  const last = state.votes.at(-1);
  if (last?.status !== 'closed') return null;
  // A floor that changed when the vote closed (a caucus carried) has moved on too.
  if (state.floor.since !== null && state.floor.since >= last.closedAt) return null;
  const spokenSince = state.speeches.some(
    (speech) => speech.startedAt > last.closedAt && speech.kind !== 'explanationOfVote',
  );
  return spokenSince ? null : last;
}

/** What a member's tile says. */
export type TileChoice = 'yes' | 'no' | 'abstain' | 'pass' | 'notYet' | 'absent';

export interface Tile {
  readonly member: VoteMember;
  readonly choice: TileChoice;
  readonly withRights: boolean;
  /** Being called now in a roll call. */
  readonly called: boolean;
}

/** One tile per member of the vote's electorate, in the Council's order. */
export function tilesOf(vote: Vote): Tile[] {
  const called = vote.status === 'open' && vote.rollCall ? calledMember(vote.rollCall) : null;
  return vote.members.map((member) => {
    const record = vote.records.find((candidate) => candidate.delegation === member.code);
    let choice: TileChoice;
    if (record) choice = record.choice;
    else if (vote.rollCall?.recall.includes(member.code)) choice = 'pass';
    else choice = member.present ? 'notYet' : 'absent';
    return {
      member,
      choice,
      withRights: record?.withRights ?? false,
      called: called === member.code,
    };
  });
}

/** Icons for each choice: colour is never the only signal, each also has a word. */
export const choiceIcon: Readonly<Record<TileChoice, string>> = {
  yes: '✔',
  no: '✖',
  abstain: '−',
  pass: '↻',
  notYet: '…',
  absent: '∅',
};

/** The word for a choice, from the shared vocabulary. */
export function choiceWord(choice: TileChoice): string {
  switch (choice) {
    case 'yes':
      return t('vote.yes');
    case 'no':
      return t('vote.no');
    case 'abstain':
      return t('vote.abstain');
    case 'pass':
      return t('vote.pass');
    case 'notYet':
      return t('vote.notYet');
    case 'absent':
      return t('vote.absent');
  }
}

/** The result in words: ADOPTED, FAILED (not enough votes), VETOED by the P5 that voted no. */
export function outcomeWords(state: CommitteeState, result: VoteResult): string {
  switch (result.outcome) {
    case 'adopted':
      return t('vote.adopted');
    case 'failed':
      return t('vote.failed');
    case 'vetoed':
      return t('vote.vetoed', {
        members: result.vetoedBy.map((code) => shortName(state, code)).join(', '),
      });
  }
}

/** The sentence the live region reads when a vote closes. */
export function resultAnnouncement(state: CommitteeState, vote: ClosedVote): string {
  const { yes, no, abstain } = vote.result.tally;
  return t('board.announce.result', {
    subject: vote.subject.title,
    outcome: outcomeWords(state, vote.result),
    yes,
    no,
    abstain,
  });
}
