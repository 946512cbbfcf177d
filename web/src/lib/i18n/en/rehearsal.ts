/** Messages of the chair's "rehearse this committee" (keys start with 'rehearsal.'). */
export const rehearsal = {
  'rehearsal.toggle': 'Rehearse',
  'rehearsal.heading': 'Rehearse this committee',
  'rehearsal.explain':
    'Practise on a throw-away copy of this committee: simulated delegations join every seat, answer the roll call, speak, move motions, draft and vote as their countries would. This committee is not touched.',
  'rehearsal.speed': 'Pace',
  'rehearsal.speed.1': 'Real time',
  'rehearsal.speed.2': 'Twice as fast',
  'rehearsal.speed.5': 'Five times as fast',
  'rehearsal.minutes': 'Length',
  'rehearsal.start': 'Start a rehearsal',
  'rehearsal.starting': 'Seating the delegations…',
  'rehearsal.ready': 'The rehearsal is ready until {time}.',
  'rehearsal.openConsole': 'Open its chair console',
  'rehearsal.openBoard': 'Open its board',
  'rehearsal.close': 'Close',
  'rehearsal.unreachable': 'The server cannot be reached.',
  'rehearsal.failed': 'The server answered {status}.',
} as const;
