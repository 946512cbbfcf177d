/**
 * Test support: the record of a scenario in the minutes' English, one line per
 * decision from its first event, as the tests of each part read the words.
 */
import { evolve } from '../committee/evolve.ts';
import { initialState } from '../committee/core/state.ts';
import { sayEnglish } from '../record/phrases.ts';
import { recordOf } from '../record/project.ts';
import { sayRecord } from '../record/words.ts';
import type { Scenario } from './scenario.ts';

/** Every decision of the scenario so far, in words, oldest first. */
export const recordLines = (scenario: Scenario): string[] => {
  const lines: string[] = [];
  let state = initialState(scenario.template);
  for (const event of scenario.events) {
    const entry = recordOf(state, event);
    if (entry) lines.push(sayRecord(entry, state, sayEnglish));
    state = evolve(state, event);
  }
  return lines;
};
