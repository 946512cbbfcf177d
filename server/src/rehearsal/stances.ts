/**
 * Where each simulated delegation stands on the topic. The permanent members'
 * stances are read from the briefing's positions (the words each summary
 * uses: sovereignty, intervention, military, root causes…); the elected
 * members get regional defaults, and any other delegation a neutral one. An
 * invited delegation (Mexico) takes part without a vote.
 */
import type { Briefing, Delegation, Member } from '@placard/shared';

/** How a delegation approaches the question: the line its speeches, motions and votes follow. */
export type Approach = 'enforcement' | 'sovereignty' | 'prevention' | 'bridge';

export interface Stance {
  readonly code: string;
  readonly p5: boolean;
  /** A Council member (votes, moves motions, sponsors); false for an invited delegation. */
  readonly votes: boolean;
  readonly approach: Approach;
  /**
   * Foreign military action against cartels without the host State's consent:
   * -1 firmly against … +1 firmly for.
   */
  readonly foreignForce: number;
  /** A permanent member that vetoes a text authorising such action (its briefing speaks of sovereignty). */
  readonly vetoesForeignForce: boolean;
  /** Where the stance came from: the briefing, a regional default, or neither. */
  readonly source: 'briefing' | 'regional' | 'neutral';
}

interface SignalGroup {
  readonly cap: number;
  readonly terms: readonly (readonly [RegExp, number])[];
}

/** Words of a position and what they say about foreign military action (grouped, each group capped). */
const SIGNALS = {
  enforcement: {
    cap: 1,
    terms: [
      [/\bmilitary\b/i, 0.5],
      [/law enforcement/i, 0.3],
      [/intelligence sharing/i, 0.3],
      [/border security/i, 0.3],
      [/narco-terrorist/i, 0.3],
    ],
  },
  sovereignty: {
    cap: -1,
    terms: [
      [/sovereignty/i, -0.6],
      [/intervention/i, -0.4],
    ],
  },
  prevention: {
    cap: -0.5,
    terms: [
      [/root causes/i, -0.2],
      [/poverty/i, -0.2],
      [/public health/i, -0.2],
      [/prevention/i, -0.2],
      [/legal frameworks?/i, -0.2],
      [/development/i, -0.2],
    ],
  },
} as const satisfies Record<string, SignalGroup>;

const groupScore = (summary: string, group: SignalGroup): number => {
  const sum = group.terms.reduce(
    (total, [term, weight]) => total + (term.test(summary) ? weight : 0),
    0,
  );
  return group.cap < 0 ? Math.max(group.cap, sum) : Math.min(group.cap, sum);
};

/** A permanent member's stance from its position in the briefing. */
export const stanceFromPosition = (member: Member, summary: string): Stance => {
  const enforcement = groupScore(summary, SIGNALS.enforcement);
  const sovereignty = groupScore(summary, SIGNALS.sovereignty);
  const prevention = groupScore(summary, SIGNALS.prevention);
  const foreignForce = clamp(enforcement + sovereignty + prevention);
  const approach: Approach = /bridge/i.test(summary)
    ? 'bridge'
    : sovereignty <= -0.6
      ? 'sovereignty'
      : foreignForce > 0.3
        ? 'enforcement'
        : 'prevention';
  return {
    code: member.code,
    p5: member.p5,
    votes: true,
    approach,
    foreignForce,
    vetoesForeignForce: member.p5 && sovereignty <= -0.6,
    source: 'briefing',
  };
};

/**
 * Regional defaults for the elected members of 2026 and the invited Mexico: who
 * guards sovereignty (Latin American and non-aligned states), who leans to the
 * rule of law and prevention (European members), who sides with enforcement.
 */
const REGIONAL: Readonly<Record<string, { approach: Approach; foreignForce: number }>> = {
  BHR: { approach: 'enforcement', foreignForce: 0.2 },
  COL: { approach: 'sovereignty', foreignForce: -0.7 },
  COD: { approach: 'sovereignty', foreignForce: -0.4 },
  DNK: { approach: 'prevention', foreignForce: -0.3 },
  GRC: { approach: 'prevention', foreignForce: -0.2 },
  LVA: { approach: 'bridge', foreignForce: 0.1 },
  LBR: { approach: 'prevention', foreignForce: 0 },
  PAK: { approach: 'sovereignty', foreignForce: -0.6 },
  PAN: { approach: 'bridge', foreignForce: -0.3 },
  SOM: { approach: 'prevention', foreignForce: -0.3 },
  MEX: { approach: 'sovereignty', foreignForce: -1 },
};

const regionalStance = (delegation: Delegation, p5: boolean, votes: boolean): Stance => {
  const known = REGIONAL[delegation.code];
  return {
    code: delegation.code,
    p5,
    votes,
    approach: known?.approach ?? 'bridge',
    foreignForce: known?.foreignForce ?? 0,
    vetoesForeignForce: false,
    source: known ? 'regional' : 'neutral',
  };
};

/** Every delegation's stance: P5 from the briefing's positions, the rest regional or neutral. */
export const stancesFor = (roster: {
  readonly members: readonly Member[];
  readonly invitees: readonly Delegation[];
  readonly briefing: Briefing | null;
}): Readonly<Record<string, Stance>> => {
  const positions = new Map(
    (roster.briefing?.positions ?? []).map((position) => [position.code, position.summary]),
  );
  const stances: Record<string, Stance> = {};
  for (const member of roster.members) {
    const summary = member.p5 ? positions.get(member.code) : undefined;
    stances[member.code] =
      summary === undefined
        ? regionalStance(member, member.p5, true)
        : stanceFromPosition(member, summary);
  }
  for (const invitee of roster.invitees) {
    stances[invitee.code] = regionalStance(invitee, false, false);
  }
  return stances;
};

const clamp = (value: number): number => Math.round(Math.max(-1, Math.min(1, value)) * 100) / 100;
