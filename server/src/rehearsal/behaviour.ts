/**
 * How lively the simulated delegations are and how fast they act. Delays are
 * given at a human pace (speed 1) as [min, max] milliseconds and divided by
 * the speed; rates are the chance of doing something when the occasion comes.
 */
export interface Behaviour {
  /** 1 = a human pace; 2 = twice as fast; 20 = tests. */
  readonly speed: number;
  /** Chance a delegation asks for the floor after each speech from the list. */
  readonly joinSpeakersList: number;
  /** Chance a delegation raises its placard in a moderated caucus, per speech. */
  readonly raisePlacard: number;
  /** Chance a member moves a motion when the floor has been quiet a while. */
  readonly moveMotion: number;
  /** Chance a member seconds a motion it favours. */
  readonly secondMotion: number;
  /** Chance a delegation puts a question to a speaker who yielded to questions. */
  readonly askQuestion: number;
  /** Chance a delegation raises a point of inquiry or order, per speech or motion. */
  readonly raisePoint: number;
  /** Chance a delegation asks for a right of reply to a speech from the opposite camp. */
  readonly requestReply: number;
  /** Chance a member signs a working paper it supports. */
  readonly signDraft: number;
  /** Chance a member passes when first called in a roll-call vote. */
  readonly passInRollCall: number;
  /** Chance a member votes "with rights" in a roll-call vote. */
  readonly voteWithRights: number;
}

export const defaultBehaviour: Behaviour = {
  speed: 1,
  joinSpeakersList: 0.25,
  raisePlacard: 0.3,
  moveMotion: 0.12,
  secondMotion: 0.5,
  askQuestion: 0.3,
  raisePoint: 0.01,
  requestReply: 0.03,
  signDraft: 0.6,
  passInRollCall: 0.08,
  voteWithRights: 0.1,
};

/** How long things take at a human pace, [min, max] ms. */
export const pace = {
  answerRollCall: [1500, 6000],
  castVote: [1000, 6000],
  answerWhenCalled: [1500, 4000],
  joinSpeakersList: [1000, 10_000],
  raisePlacard: [1000, 6000],
  second: [1000, 5000],
  /** How long the floor stays quiet before members start moving motions. */
  motionPatience: [8000, 8000],
  moveMotion: [0, 6000],
  askQuestion: [1000, 5000],
  raisePoint: [2000, 10_000],
  requestReply: [1000, 4000],
  submitDraft: [5000, 25_000],
  signDraft: [3000, 20_000],
  proposeAmendment: [5000, 20_000],
  answerAmendment: [3000, 10_000],
  moveIntroduction: [2000, 8000],
} as const satisfies Record<string, readonly [number, number]>;

export type PaceName = keyof typeof pace;

/** Share of the speaking time a speaker uses before it yields (GSL), [min, max]. */
export const speechShare = [0.45, 0.85] as const;
