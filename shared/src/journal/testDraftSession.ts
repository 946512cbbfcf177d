/**
 * The journal's test session of a draft resolution's life. Not exported from the
 * package: test support only.
 */
import {
  step,
  derived,
  pendingMotionOf,
  lastAmendment,
  closeVote,
  everyoneVotes,
  MEMBERS,
  type SessionStep,
} from './testSteps.ts';

/**
 * A shorter session with the life of a draft resolution: a working paper submitted,
 * signed and approved, introduced; an unfriendly amendment voted down; the draft vetoed.
 */
export const draftSession: readonly SessionStep[] = [
  step('chair', 'session.open'),
  step('chair', 'attendance.startRollCall'),
  ...MEMBERS.map((code) =>
    step('chair', 'attendance.record', { delegation: code, status: 'present' }),
  ),
  step('chair', 'attendance.closeRollCall'),
  step('chair', 'gsl.open'),
  step(
    'COL',
    'draft.submit',
    {
      title: 'Cartels',
      content: {
        preambular: ['Alarmed by the violence of drug cartels,'],
        operative: [
          { text: 'Calls upon States to share intelligence;' },
          { text: 'Requests a report within 90 days;' },
          { text: 'Decides to remain seized of the matter.' },
        ],
      },
    },
    10_000,
  ),
  step('FRA', 'draft.sign', { draftId: 'WP/1' }, 1_000),
  step('GBR', 'draft.sign', { draftId: 'WP/1' }),
  step('USA', 'draft.sign', { draftId: 'WP/1' }),
  step('chair', 'draft.approve', { draftId: 'WP/1' }, 1_000),
  step(
    'COL',
    'motion.move',
    { motion: { kind: 'introduceDraft', draft: { id: 'DR/1', title: 'Cartels' } } },
    1_000,
  ),
  derived('FRA', 'motion.second', (state) => ({ motionId: pendingMotionOf(state, 'COL') })),
  derived('chair', 'motion.rule', (state) => ({
    motionId: pendingMotionOf(state, 'COL'),
    ruling: 'granted',
  })),
  step(
    'RUS',
    'amendment.propose',
    { draftId: 'WP/1', change: { action: 'strike', clause: 2 } },
    5_000,
  ),
  derived('RUS', 'motion.move', (state) => ({
    motion: {
      kind: 'introduceAmendment',
      amendment: { id: lastAmendment(state), title: 'Strike clause 2' },
      draftId: 'WP/1',
    },
  })),
  derived('CHN', 'motion.second', (state) => ({ motionId: pendingMotionOf(state, 'RUS') })),
  derived('chair', 'motion.rule', (state) => ({
    motionId: pendingMotionOf(state, 'RUS'),
    ruling: 'granted',
  })),
  step('COL', 'motion.move', { motion: { kind: 'closeDebate' } }, 5_000),
  derived('DNK', 'motion.second', (state) => ({ motionId: pendingMotionOf(state, 'COL') })),
  step('chair', 'motion.putToVote'),
  ...everyoneVotes(),
  derived('chair', 'vote.close', closeVote),
  // The amendment first (5–10), then the draft, vetoed by Russia.
  derived(
    'chair',
    'vote.open',
    (state) => ({
      subject: { id: lastAmendment(state), title: 'Amendment' },
    }),
    2_000,
  ),
  ...everyoneVotes((code) => (['RUS', 'CHN', 'PAK', 'SOM', 'BHR'].includes(code) ? 'yes' : 'no')),
  derived('chair', 'vote.close', closeVote),
  step('chair', 'vote.open', { subject: { id: 'DR/1', title: 'Cartels' } }, 2_000),
  ...everyoneVotes((code) => (code === 'RUS' ? 'no' : 'yes')),
  derived('chair', 'vote.close', closeVote),
];
