/**
 * A Council session as a script of commands with the clock advanced between
 * them, for the journal's tests: the unit tests run it through `decide` and
 * `evolve`, the integration test through real clients against a server with a
 * manual clock. Every speech's length is known exactly from the script.
 * Not exported from the package: test support only.
 */
import {
  step,
  derived,
  lastSpeech,
  pendingMotionOf,
  openVote,
  pointOf,
  requestOf,
  closeVote,
  everyoneVotes,
  MEMBERS,
  type SessionStep,
} from './testSteps.ts';

export type { SessionStep } from './testSteps.ts';
export { lastSpeech } from './testSteps.ts';
export { draftSession } from './testDraftSession.ts';

/** The title of the draft put to the vote: a spreadsheet formula and markup, to test escaping. */
export const DRAFT_TITLE = '=SUM(A1) <b>Draft</b> resolution, "cartels"';
/** The text of the point of order: markup and a formula too. */
export const POINT_TEXT = '@cmd <script>x</script> off topic';

/** What the script does, in order (the 2026 Council, Liberia late, Ecuador absent). */
export const journalSession: readonly SessionStep[] = [
  step('chair', 'session.open'),
  step('chair', 'attendance.startRollCall', {}, 1_000),
  ...MEMBERS.filter((code) => code !== 'LBR').map((code) =>
    step(
      code,
      'attendance.record',
      { status: code === 'PAK' ? 'presentAndVoting' : 'present' },
      2_000,
    ),
  ),
  step('MEX', 'attendance.record', { status: 'present' }, 2_000),
  step('chair', 'attendance.closeRollCall', {}, 1_000),
  // Liberia arrives a minute after the roll call.
  step('chair', 'attendance.record', { delegation: 'LBR', status: 'present' }, 60_000),
  step('chair', 'gsl.open'),
  step('FRA', 'gsl.add'),
  step('CHN', 'gsl.add'),
  step('USA', 'gsl.add'),
  // France: 75 s, yields to the chair.
  step('chair', 'gsl.next', {}, 1_000),
  step('FRA', 'speech.yield', { to: 'chair' }, 75_000),
  // China: 40 s, yields its remaining 50 s to the United States, which speaks 20 s.
  step('chair', 'gsl.next', {}, 2_000),
  step('CHN', 'speech.yield', { to: 'delegation', recipient: 'USA' }, 40_000),
  step('chair', 'speech.end', {}, 20_000),
  // The United States: 90 s with no yield; the United Kingdom comments for 30 s.
  step('chair', 'gsl.next', {}, 3_000),
  step('chair', 'speech.end', {}, 90_000),
  step('chair', 'comment.recognise', { delegation: 'GBR' }, 1_000),
  step('chair', 'speech.end', {}, 30_000),
  // Russia replies to the United States' speech for 25 s.
  derived(
    'RUS',
    'reply.request',
    (state) => ({ speechId: lastSpeech(state, 'USA', 'gsl') }),
    2_000,
  ),
  derived('chair', 'reply.rule', (state) => ({
    requestId: requestOf(state, 'RUS'),
    ruling: 'granted',
  })),
  derived('chair', 'reply.start', (state) => ({ requestId: requestOf(state, 'RUS') }), 1_000),
  step('chair', 'speech.end', {}, 25_000),
  // Points: of order (ruled not well taken), of personal privilege (withdrawn).
  step('PAK', 'point.raise', { kind: 'order', text: POINT_TEXT }, 4_000),
  derived('chair', 'point.resolve', (state) => ({
    pointId: pointOf(state, 'PAK'),
    ruling: 'notWellTaken',
  })),
  step('GBR', 'point.raise', { kind: 'personalPrivilege', text: 'We cannot hear' }, 1_000),
  derived('GBR', 'point.withdraw', (state) => ({ pointId: pointOf(state, 'GBR') }), 1_000),
  // Russia speaks 35 s and yields to questions; China asks one.
  step('RUS', 'gsl.add'),
  step('chair', 'gsl.next', {}, 1_000),
  step('RUS', 'speech.yield', { to: 'questions' }, 10_000),
  step('CHN', 'point.raise', { kind: 'information', text: 'Which sanctions?' }, 2_000),
  derived('chair', 'point.recognise', (state) => ({ pointId: pointOf(state, 'CHN') })),
  step('chair', 'speech.answer', {}, 3_000),
  step('chair', 'speech.end', {}, 20_000),
  // Motions: a caucus of each kind, one ruled dilatory, one withdrawn, one left to lapse.
  step(
    'FRA',
    'motion.move',
    {
      motion: {
        kind: 'moderatedCaucus',
        totalSeconds: 600,
        speakingSeconds: 60,
        topic: 'Precursor chemicals',
      },
    },
    5_000,
  ),
  derived('CHN', 'motion.second', (state) => ({ motionId: pendingMotionOf(state, 'FRA') })),
  step(
    'COL',
    'motion.move',
    {
      motion: { kind: 'unmoderatedCaucus', totalSeconds: 300, purpose: 'Working paper' },
    },
    1_000,
  ),
  derived('DNK', 'motion.second', (state) => ({ motionId: pendingMotionOf(state, 'COL') })),
  step('GRC', 'motion.move', { motion: { kind: 'suspend', durationSeconds: 600 } }, 1_000),
  derived('chair', 'motion.rule', (state) => ({
    motionId: pendingMotionOf(state, 'GRC'),
    ruling: 'dilatory',
  })),
  step('SOM', 'motion.move', { motion: { kind: 'setSpeakingTime', seconds: 60 } }, 1_000),
  step('PAN', 'motion.move', { motion: { kind: 'setSpeakingTime', seconds: 45 } }, 1_000),
  derived('PAN', 'motion.withdraw', (state) => ({ motionId: pendingMotionOf(state, 'PAN') })),
  // The unmoderated caucus comes first and fails 8–7; the moderated one carries 14–1.
  step('chair', 'motion.putToVote', {}, 2_000),
  ...everyoneVotes((code) =>
    ['CHN', 'RUS', 'PAK', 'SOM', 'BHR', 'COD', 'LBR'].includes(code) ? 'no' : 'yes',
  ),
  derived('chair', 'vote.close', closeVote, 1_000),
  step('chair', 'motion.putToVote', {}, 2_000),
  ...everyoneVotes((code) => (code === 'RUS' ? 'no' : 'yes')),
  derived('chair', 'vote.close', closeVote, 1_000),
  // The moderated caucus: two speakers (45 s, 50 s), then the chair ends it.
  step('USA', 'placard.raise', {}, 2_000),
  step('GBR', 'placard.raise'),
  step('chair', 'caucus.recognise', { delegation: 'USA' }, 1_000),
  step('chair', 'speech.end', {}, 45_000),
  step('chair', 'caucus.recognise', { delegation: 'GBR' }, 1_000),
  step('chair', 'speech.end', {}, 50_000),
  step('chair', 'caucus.end', {}, 30_000),
  // Closure carried 15–0; the draft is vetoed by Russia; France explains its vote for 20 s.
  step('COL', 'motion.move', { motion: { kind: 'closeDebate' } }, 5_000),
  derived('DNK', 'motion.second', (state) => ({ motionId: pendingMotionOf(state, 'COL') })),
  step('chair', 'motion.putToVote', {}, 1_000),
  ...everyoneVotes(),
  derived('chair', 'vote.close', closeVote, 1_000),
  // A roll call is ordered (15–0); Bahrain is drawn first (draw 0), Somalia passes and
  // is recalled, France votes yes with rights.
  step('COL', 'motion.move', { motion: { kind: 'rollCallVote' } }, 2_000),
  derived('DNK', 'motion.second', (state) => ({ motionId: pendingMotionOf(state, 'COL') })),
  step('chair', 'motion.putToVote', {}, 1_000),
  ...everyoneVotes(),
  derived('chair', 'vote.close', closeVote, 1_000),
  step('chair', 'vote.open', { subject: { id: 'DR1', title: DRAFT_TITLE } }, 10_000),
  ...everyoneVotes((code) =>
    code === 'RUS'
      ? 'no'
      : code === 'CHN'
        ? 'abstain'
        : code === 'FRA'
          ? 'yesWithRights'
          : code === 'SOM'
            ? 'pass'
            : 'yes',
  ),
  derived('SOM', 'vote.cast', (state) => ({ voteId: openVote(state), choice: 'yes' }), 1_000),
  derived('chair', 'vote.close', closeVote, 2_000),
  step('chair', 'explanation.next', {}, 1_000),
  step('chair', 'speech.end', {}, 20_000),
];

/** The speeches the script gives: who, what kind, and exactly how long (seconds). */
export const expectedSpeeches: readonly {
  readonly delegation: string;
  readonly kind: string;
  readonly seconds: number;
  readonly yielded: string | null;
}[] = [
  { delegation: 'FRA', kind: 'gsl', seconds: 75, yielded: 'chair' },
  { delegation: 'CHN', kind: 'gsl', seconds: 40, yielded: 'delegation' },
  { delegation: 'USA', kind: 'yielded', seconds: 20, yielded: null },
  { delegation: 'USA', kind: 'gsl', seconds: 90, yielded: null },
  { delegation: 'GBR', kind: 'comment', seconds: 30, yielded: null },
  { delegation: 'RUS', kind: 'rightOfReply', seconds: 25, yielded: null },
  { delegation: 'RUS', kind: 'gsl', seconds: 35, yielded: 'questions' },
  { delegation: 'USA', kind: 'caucus', seconds: 45, yielded: null },
  { delegation: 'GBR', kind: 'caucus', seconds: 50, yielded: null },
  { delegation: 'FRA', kind: 'explanationOfVote', seconds: 20, yielded: null },
];

/** The motions the script moves, in order, and how each ends. */
export const expectedMotions: readonly { readonly mover: string; readonly outcome: string }[] = [
  { mover: 'FRA', outcome: 'carried' },
  { mover: 'COL', outcome: 'failed' },
  { mover: 'GRC', outcome: 'ruledDilatory' },
  { mover: 'SOM', outcome: 'lapsed' },
  { mover: 'PAN', outcome: 'withdrawn' },
  { mover: 'COL', outcome: 'carried' },
  { mover: 'COL', outcome: 'carried' },
];

/** The votes the script takes, in order: outcome, tally (yes, no, abstain), vetoed by. */
export const expectedVotes: readonly {
  readonly kind: string;
  readonly outcome: string;
  readonly tally: readonly [number, number, number];
  readonly vetoedBy: readonly string[];
}[] = [
  { kind: 'procedural', outcome: 'failed', tally: [8, 7, 0], vetoedBy: [] },
  { kind: 'procedural', outcome: 'adopted', tally: [14, 1, 0], vetoedBy: [] },
  { kind: 'procedural', outcome: 'adopted', tally: [15, 0, 0], vetoedBy: [] },
  { kind: 'procedural', outcome: 'adopted', tally: [15, 0, 0], vetoedBy: [] },
  { kind: 'substantive', outcome: 'vetoed', tally: [13, 1, 1], vetoedBy: ['RUS'] },
];

/** A small RFC 4180 parser for the tests (quoted fields, doubled quotes, CRLF). */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
};
