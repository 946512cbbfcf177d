/**
 * Test support: the 2026 Council as a committee template (procedure.md §1) and a
 * sample draft's words, shared by the scenario driver and the server's tests.
 */
import { defaultRulesProfile, rulesProfileSchema, type RulesProfile } from '../rulesProfile.ts';
import type { CommitteeTemplate, Delegation, Member } from '../template.ts';

const member = (code: string, name: string, shortName: string, p5 = false): Member => ({
  code,
  name,
  shortName,
  p5,
});

/** The Security Council in 2026 (procedure.md §1). */
export const members2026: readonly Member[] = [
  member('BHR', 'Bahrain', 'Bahrain'),
  member('CHN', 'China', 'China', true),
  member('COL', 'Colombia', 'Colombia'),
  member('COD', 'Democratic Republic of the Congo', 'DR Congo'),
  member('DNK', 'Denmark', 'Denmark'),
  member('FRA', 'France', 'France', true),
  member('GRC', 'Greece', 'Greece'),
  member('LVA', 'Latvia', 'Latvia'),
  member('LBR', 'Liberia', 'Liberia'),
  member('PAK', 'Pakistan', 'Pakistan'),
  member('PAN', 'Panama', 'Panama'),
  member('RUS', 'Russian Federation', 'Russia', true),
  member('SOM', 'Somalia', 'Somalia'),
  member('GBR', 'United Kingdom of Great Britain and Northern Ireland', 'United Kingdom', true),
  member('USA', 'United States of America', 'United States', true),
];

/** Invited to participate without vote (Charter Arts. 31–32). */
export const invitees2026: readonly Delegation[] = [
  { code: 'MEX', name: 'Mexico', shortName: 'Mexico' },
  { code: 'ECU', name: 'Ecuador', shortName: 'Ecuador' },
];

/** A committee template with the 2026 members, Mexico and Ecuador invited, and rule overrides. */
export const councilTemplate = (
  rules: Partial<RulesProfile> = {},
  extra: Partial<Omit<CommitteeTemplate, 'rules'>> = {},
): CommitteeTemplate => ({
  name: 'Security Council',
  agenda: ['Transnational organized crime: drug cartels in Mexico and South America'],
  members: [...members2026],
  invitees: [...invitees2026],
  rules: rulesProfileSchema.parse({ ...defaultRulesProfile, ...rules }),
  ...extra,
});

/** A draft's words for tests: two preambular paragraphs and four operative clauses. */
export const sampleDraft: {
  readonly title: string;
  readonly preambular: readonly string[];
  readonly operative: readonly { readonly text: string; readonly subClauses?: readonly string[] }[];
} = {
  title: 'Transnational organized crime: drug cartels',
  preambular: [
    'Recalling its resolutions on transnational organized crime,',
    'Deeply concerned by the violence of drug cartels in Mexico and South America,',
  ],
  operative: [
    {
      text: 'Calls upon all States to cooperate against drug trafficking:',
      subClauses: ['by sharing financial intelligence;', 'by controlling precursor chemicals;'],
    },
    { text: 'Requests UNODC to support the States of the region;' },
    { text: 'Requests the Secretary-General to report within 90 days;' },
    { text: 'Decides to remain seized of the matter.' },
  ],
};
