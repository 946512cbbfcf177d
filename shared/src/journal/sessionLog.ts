/**
 * Runs the journal's test session (testSession.ts) through `decide` and `evolve`
 * with the scenario driver, keeping each event with its seq, time and actor as
 * the event store would. Test support only; not exported from the package.
 */
import type { Actor } from '../actor.ts';
import { commandSchema } from '../committee/core/commands.ts';
import { Scenario, councilTemplate } from '../testing/scenario.ts';
import type { CommitteeTemplate } from '../template.ts';
import { journalSession, type SessionStep } from './testSession.ts';

export interface ScriptedLog {
  readonly scenario: Scenario;
  readonly template: CommitteeTemplate;
  readonly events: {
    readonly seq: number;
    readonly type: string;
    readonly event: Scenario['events'][number];
    readonly at: number;
    readonly actor: Actor;
  }[];
}

/** The session's events as a store would hold them. */
export const scriptedLog = (steps: readonly SessionStep[] = journalSession): ScriptedLog => {
  const template = councilTemplate();
  const scenario = new Scenario(template);
  const events: ScriptedLog['events'] = [];
  for (const step of steps) {
    scenario.after(step.after ?? 0);
    const actor: Actor = step.by === 'chair' ? { role: 'chair' } : { role: 'seat', seat: step.by };
    const payload = step.from ? step.from(scenario.state) : (step.payload ?? {});
    for (const event of scenario.run(actor, commandSchema.parse({ type: step.type, payload }))) {
      events.push({ seq: events.length + 1, type: event.type, event, at: scenario.now, actor });
    }
  }
  return { scenario, template, events };
};
