/**
 * What the simulated delegations write and say: caucus topics on the seed
 * topic, a working paper in the paste format of DRAFT-3 (see
 * shared/src/committee/drafts/draftParser.ts), the amendments they propose, and the
 * test a reader applies to a clause: does it call for foreign military action
 * without the host State's consent?
 */
import type { AmendmentChangeInput } from '@placard/shared';

/** Subtopics a moderated caucus is moved on. */
export const caucusTopics = [
  'Precursor chemicals and synthetic drugs',
  'Illicit financial flows and money laundering',
  'Arms trafficking across the Mexico–United States border',
  'Root causes: poverty, corruption and weak institutions',
  'UNODC capacity building and judicial cooperation',
  'Sovereignty and the consent of host States',
  'Maritime interdiction in the Caribbean and the eastern Pacific',
  'Protecting civilians from cartel violence',
] as const;

/** Purposes an unmoderated caucus is moved for. */
export const unmoderatedPurposes = [
  'Drafting a working paper',
  'Consultations on the draft resolution',
  'Regional consultations',
] as const;

/** Questions put to a speaker who yielded to them (points of information). */
export const questions = [
  'How would the delegate ensure the consent of the States concerned?',
  'Which body would verify the control of precursor chemicals?',
  'Does the delegate support UNODC leading this effort?',
  'How would this be financed?',
] as const;

/** Points of parliamentary inquiry a delegation may raise when the floor is quiet. */
export const inquiries = [
  'May a draft be introduced before the speakers’ list is exhausted?',
  'How many signatories does a working paper need?',
  'Is a motion to close debate in order now?',
] as const;

/** The line a draft takes: cooperation within consent, or enforcement with force. */
export type DraftLine = 'cooperation' | 'enforcement';

const PREAMBLE = [
  'The Security Council,',
  'Recalling the United Nations Convention against Transnational Organized Crime and the 1988 Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances,',
  'Alarmed by the violence of drug cartels in Mexico and South America and its toll on civilians,',
  'Reaffirming its respect for the sovereignty, territorial integrity and political independence of all States,',
  'Recognizing the work of the United Nations Office on Drugs and Crime,',
];

const COOPERATION = [
  '1. Calls upon Member States to strengthen intelligence sharing and judicial cooperation against transnational cartel networks;',
  '2. Encourages States to control the trade in precursor chemicals, including through:',
  '(a) the prompt notification of suspicious shipments;',
  '(b) joint investigations supported by UNODC;',
  '3. Requests UNODC to expand its capacity-building programmes for police, prosecutors and courts in the States concerned, at their request;',
  '4. Urges Member States to combat money laundering and to trace, freeze and recover the proceeds of drug trafficking;',
  '5. Requests the Secretary-General to report to the Council within 120 days on the implementation of this resolution;',
  '6. Decides to remain actively seized of the matter.',
];

/** The clause that authorises force without consent (enforcement line, and the amendment adding it). */
export const FORCE_CLAUSE =
  'Authorizes Member States to use all necessary means, including military force, against cartel networks designated as terrorist organizations, at sea and on land;';

const ENFORCEMENT = [
  '1. Determines that the violence of transnational drug cartels constitutes a threat to international peace and security in the region;',
  `2. ${FORCE_CLAUSE}`,
  '3. Calls upon Member States to strengthen border security, intelligence sharing and the interdiction of trafficking vessels;',
  '4. Urges Member States to combat money laundering and to freeze the assets of cartel networks;',
  '5. Decides to remain actively seized of the matter.',
];

/** A working paper's title and text (paste format) for a line. */
export const workingPaper = (line: DraftLine): { title: string; text: string } =>
  line === 'cooperation'
    ? {
        title: 'Cooperation against transnational drug cartels',
        text: [...PREAMBLE, ...COOPERATION].join('\n'),
      }
    : {
        title: 'Countering narco-terrorist cartel networks',
        text: [...PREAMBLE, ...ENFORCEMENT].join('\n'),
      };

/** A friendly amendment any delegation of goodwill might offer: root causes. */
export const ROOT_CAUSES_CLAUSE =
  'Calls upon Member States and development partners to address the root causes of drug trafficking, including poverty, corruption and weak institutions;';

/** Add a clause so it becomes number `clause`. */
export const addClause = (clause: number, text: string): AmendmentChangeInput => ({
  action: 'add',
  clause,
  text,
});

const FORCE =
  /military force|military action|use of force|armed force|all necessary (means|measures)|air ?strikes?/i;
const CONSENT = /consent|at (the|their) request|invitation of/i;

/** Whether a clause calls for foreign military action without the host State's consent. */
export const callsForForeignForce = (clause: string): boolean =>
  FORCE.test(clause) && !CONSENT.test(clause);

/** Whether a clause is about root causes and development (what prevention-minded states look for). */
export const addressesRootCauses = (clause: string): boolean =>
  /root causes|poverty|development/i.test(clause);
