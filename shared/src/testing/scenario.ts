/**
 * Test support: a scenario driver that
 * runs commands through `decide` and `evolve` with a controlled clock and draw,
 * checking on every step that `decide` does not mutate the state it is given.
 */
import type { Actor, DomainErrorCode } from '../actor.ts';
import {
  commandSchema,
  type Command,
  type CommandOf,
  type CommandType,
} from '../committee/core/commands.ts';
import { decide } from '../committee/decide.ts';
import type { Decision } from '../committee/core/decision.ts';
import type { DomainEvent } from '../committee/core/events.ts';
import { findDraft, type DraftResolution } from '../committee/drafts/drafts.ts';
import { nextQuestion } from '../committee/drafts/draftVoting.ts';
import { evolve } from '../committee/evolve.ts';
import { initialState, type CommitteeState } from '../committee/core/state.ts';
import type { MotionSpec } from '../committee/motions/motionKinds.ts';
import type { AmendmentChangeInput } from '../committee/drafts/draftSchemas.ts';
import type { CommitteeTemplate } from '../template.ts';
import { councilTemplate, sampleDraft } from './council.ts';

export { councilTemplate, invitees2026, members2026, sampleDraft } from './council.ts';

/** The actors of a committee. */
export const chair: Actor = { role: 'chair' };
export const observer: Actor = { role: 'observer' };
export const system: Actor = { role: 'system' };
/** The seat of a delegation. */
export const seat = (code: string): Actor => ({ role: 'seat', seat: code });

/** Build a command of a given type, parsed by the real schema (so test commands are well formed). */
export const cmd = <T extends CommandType>(type: T, payload: CommandOf<T>['payload']): Command =>
  commandSchema.parse({ type, payload });

/** An untrusted value presented as a command, as a buggy or hostile client might send it. */
export const untrusted = (value: unknown): Command => JSON.parse(JSON.stringify(value));

/** When test sessions start (epoch ms). */
export const START = 1_750_000_000_000;

/** A committee driven by commands, with its clock and its next random draw under test control. */
export class Scenario {
  state: CommitteeState;
  readonly events: DomainEvent[] = [];
  readonly template: CommitteeTemplate;
  now = START;
  draw = 0;

  constructor(template: CommitteeTemplate = councilTemplate()) {
    this.template = template;
    this.state = initialState(template);
  }

  /** Move the clock on. */
  after(ms: number): this {
    this.now += ms;
    return this;
  }

  /** Decide a command without applying it; asserts `decide` left the state untouched. */
  attempt(actor: Actor, command: Command): Decision {
    const before = JSON.stringify(this.state);
    const decision = decide(this.state, command, { actor, now: this.now, draw: this.draw });
    if (JSON.stringify(this.state) !== before) throw new Error('decide mutated the state');
    return decision;
  }

  /** The outcome of a command without applying it: 'ok' or the refusal's code. */
  outcome(actor: Actor, command: Command): 'ok' | DomainErrorCode {
    const decision = this.attempt(actor, command);
    return decision.ok ? 'ok' : decision.error.code;
  }

  /** Decide and apply a command that must be accepted; returns its events. */
  run(actor: Actor, command: Command): readonly DomainEvent[] {
    const decision = this.attempt(actor, command);
    if (!decision.ok) {
      throw new Error(`${command.type} refused: ${decision.error.code}: ${decision.error.message}`);
    }
    this.apply(decision.events);
    return decision.events;
  }

  /** Apply events directly (to set up a situation). */
  apply(events: readonly DomainEvent[]): this {
    for (const event of events) {
      this.state = evolve(this.state, event);
      this.events.push(event);
    }
    return this;
  }

  /** The chair runs a command. */
  chair(command: Command): readonly DomainEvent[] {
    return this.run(chair, command);
  }

  /** Call the meeting to order and record every member (and invitee) present. */
  opened(status: 'present' | 'presentAndVoting' = 'present', absent: readonly string[] = []): this {
    this.chair(cmd('session.open', {}));
    this.chair(cmd('attendance.startRollCall', {}));
    for (const delegation of this.template.members) {
      if (!absent.includes(delegation.code)) {
        this.chair(cmd('attendance.record', { delegation: delegation.code, status }));
      }
    }
    for (const delegation of this.template.invitees) {
      if (!absent.includes(delegation.code)) {
        this.chair(cmd('attendance.record', { delegation: delegation.code, status: 'present' }));
      }
    }
    this.chair(cmd('attendance.closeRollCall', {}));
    return this;
  }

  /** Opened, and the speakers' list opened by the chair. */
  inDebate(status: 'present' | 'presentAndVoting' = 'present'): this {
    this.opened(status);
    this.chair(cmd('gsl.open', {}));
    return this;
  }

  /** A member moves a motion, another seconds it; returns the motion id. */
  move(mover: string, motion: MotionSpec, seconder?: string): string {
    const [event] = this.run(seat(mover), cmd('motion.move', { motion }));
    if (event?.type !== 'motion.moved') throw new Error('no motion moved');
    const id = event.motion.id;
    const second = seconder ?? this.state.members.find((m) => m.code !== mover)?.code;
    if (second && this.state.rules.secondsRequired > 0) {
      this.run(seat(second), cmd('motion.second', { motionId: id }));
    }
    return id;
  }

  /** Put the next motion to a vote, every present member voting `choice` (or per `votes`). */
  voteOnNextMotion(
    choice: 'yes' | 'no',
    votes: Readonly<Record<string, 'yes' | 'no' | 'abstain'>> = {},
  ): string {
    const [opened] = this.chair(cmd('motion.putToVote', {}));
    if (opened?.type !== 'vote.opened') throw new Error('no vote opened');
    const voteId = opened.vote.id;
    for (const voter of opened.vote.members.filter((m) => m.present)) {
      this.run(seat(voter.code), cmd('vote.cast', { voteId, choice: votes[voter.code] ?? choice }));
    }
    this.chair(cmd('vote.close', { voteId }));
    return voteId;
  }

  /** Move, second and carry a motion by a unanimous vote (or the chair's grant). */
  carry(motion: MotionSpec, mover?: string): string {
    const codes = this.state.members.map((m) => m.code);
    const id = this.move(mover ?? (codes.includes('COL') ? 'COL' : (codes[0] ?? '')), motion);
    const needsChair =
      motion.kind === 'introduceDraft' ||
      motion.kind === 'introduceAmendment' ||
      (motion.kind === 'rollCallVote' && !this.state.rules.rollCallVoteByMotion);
    if (needsChair) this.chair(cmd('motion.rule', { motionId: id, ruling: 'granted' }));
    else this.voteOnNextMotion('yes');
    return id;
  }

  /** In debate, then closure carried: voting procedure. */
  inVotingProcedure(status: 'present' | 'presentAndVoting' = 'present'): this {
    this.inDebate(status);
    this.carry({ kind: 'closeDebate' });
    return this;
  }

  /** A member submits a working paper (the sample draft unless told); returns its id. */
  submit(
    sponsor = 'COL',
    words: {
      title?: string;
      operative?: readonly (string | { text: string; subClauses?: readonly string[] })[];
    } = {},
  ): string {
    const operative = (words.operative ?? sampleDraft.operative).map((clause) =>
      typeof clause === 'string'
        ? { text: clause }
        : {
            text: clause.text,
            ...(clause.subClauses ? { subClauses: [...clause.subClauses] } : {}),
          },
    );
    const [event] = this.run(
      seat(sponsor),
      cmd('draft.submit', {
        title: words.title ?? sampleDraft.title,
        content: { preambular: [...sampleDraft.preambular], operative },
      }),
    );
    if (event?.type !== 'draft.submitted') throw new Error('no working paper submitted');
    return event.draft.id;
  }

  /** Submitted, signed by as many members as the rules ask, approved by the chair; returns its id. */
  approvedDraft(sponsor = 'COL', words: Parameters<Scenario['submit']>[1] = {}): string {
    const id = this.submit(sponsor, words);
    const signers = this.state.members
      .map((m) => m.code)
      .filter((code) => code !== sponsor)
      .slice(0, this.state.rules.draftMinSignatories);
    for (const code of signers) this.run(seat(code), cmd('draft.sign', { draftId: id }));
    this.chair(cmd('draft.approve', { draftId: id }));
    return id;
  }

  /** Approved and introduced by its sponsor (in formal debate); returns its id. */
  introducedDraft(sponsor = 'COL', words: Parameters<Scenario['submit']>[1] = {}): string {
    const id = this.approvedDraft(sponsor, words);
    const symbol = this.state.drafts.find((d) => d.id === id)?.symbol ?? id;
    this.carry({ kind: 'introduceDraft', draft: { id: symbol, title: 'Draft' } }, sponsor);
    return id;
  }

  /** A member proposes an amendment; returns its id. */
  propose(proposer: string, draftId: string, change: AmendmentChangeInput): string {
    const [event] = this.run(seat(proposer), cmd('amendment.propose', { draftId, change }));
    if (event?.type !== 'amendment.proposed') throw new Error('no amendment proposed');
    return event.amendment.id;
  }

  /** Proposed, then introduced as unfriendly by its proposer (in formal debate); returns its id. */
  unfriendly(proposer: string, draftId: string, change: AmendmentChangeInput): string {
    const id = this.propose(proposer, draftId, change);
    this.carry(
      { kind: 'introduceAmendment', amendment: { id, title: 'Amendment' }, draftId },
      proposer,
    );
    return id;
  }

  /** Put the next question on the drafts to a placard vote; members vote `choice` unless `votes` says otherwise. */
  voteOnNextQuestion(
    choice: 'yes' | 'no' | 'abstain',
    votes: Readonly<Record<string, 'yes' | 'no' | 'abstain'>> = {},
  ): string {
    const next = nextQuestion(this.state);
    if (!next) throw new Error('no question awaits a vote');
    const [opened] = this.chair(cmd('vote.open', { subject: next.subject }));
    if (opened?.type !== 'vote.opened') throw new Error('no vote opened');
    const voteId = opened.vote.id;
    for (const voter of opened.vote.members.filter((m) => m.present)) {
      this.run(seat(voter.code), cmd('vote.cast', { voteId, choice: votes[voter.code] ?? choice }));
    }
    this.chair(cmd('vote.close', { voteId }));
    return voteId;
  }

  /** The draft with this id or symbol (throws if there is none). */
  draft(ref: string): DraftResolution {
    const draft = findDraft(this.state, ref);
    if (!draft) throw new Error(`no draft ${ref}`);
    return draft;
  }

  /** The last event of a type. */
  last<T extends DomainEvent['type']>(type: T): Extract<DomainEvent, { type: T }> | undefined {
    return this.events.findLast(
      (event): event is Extract<DomainEvent, { type: T }> => event.type === type,
    );
  }
}
