/**
 * Real Security Council votes (../shared/reference/unsc-votes.md) with the 15
 * members of each year, for table-driven tests of the outcome rules.
 */
import type { Member } from '../template.ts';

const m = (code: string, name: string, p5 = false): Member => ({ code, name, shortName: name, p5 });

const CHN = m('CHN', 'China', true);
const FRA = m('FRA', 'France', true);
const RUS = m('RUS', 'Russian Federation', true);
const GBR = m('GBR', 'United Kingdom', true);
const USA = m('USA', 'United States', true);

/** The 15 members of the Council in each year of the sample. */
export const membersByYear: Readonly<Record<number, readonly Member[]>> = {
  1990: [
    m('CAN', 'Canada'),
    CHN,
    m('COL', 'Colombia'),
    m('CIV', "Côte d'Ivoire"),
    m('CUB', 'Cuba'),
    m('ETH', 'Ethiopia'),
    m('FIN', 'Finland'),
    FRA,
    m('MYS', 'Malaysia'),
    m('ROU', 'Romania'),
    // The USSR held the permanent seat in 1990.
    m('SUN', 'USSR', true),
    GBR,
    USA,
    m('YEM', 'Yemen'),
    m('ZAR', 'Zaire'),
  ],
  2011: [
    m('BIH', 'Bosnia and Herzegovina'),
    m('BRA', 'Brazil'),
    CHN,
    m('COL', 'Colombia'),
    FRA,
    m('GAB', 'Gabon'),
    m('DEU', 'Germany'),
    m('IND', 'India'),
    m('LBN', 'Lebanon'),
    m('NGA', 'Nigeria'),
    m('PRT', 'Portugal'),
    RUS,
    m('ZAF', 'South Africa'),
    GBR,
    USA,
  ],
  2016: [
    m('AGO', 'Angola'),
    CHN,
    m('EGY', 'Egypt'),
    FRA,
    m('JPN', 'Japan'),
    m('MYS', 'Malaysia'),
    m('NZL', 'New Zealand'),
    RUS,
    m('SEN', 'Senegal'),
    m('ESP', 'Spain'),
    m('UKR', 'Ukraine'),
    GBR,
    USA,
    m('URY', 'Uruguay'),
    m('VEN', 'Venezuela'),
  ],
  2017: [
    m('BOL', 'Bolivia'),
    CHN,
    m('EGY', 'Egypt'),
    m('ETH', 'Ethiopia'),
    FRA,
    m('ITA', 'Italy'),
    m('JPN', 'Japan'),
    m('KAZ', 'Kazakhstan'),
    RUS,
    m('SEN', 'Senegal'),
    m('SWE', 'Sweden'),
    m('UKR', 'Ukraine'),
    GBR,
    USA,
    m('URY', 'Uruguay'),
  ],
  2022: [
    m('ALB', 'Albania'),
    m('BRA', 'Brazil'),
    CHN,
    FRA,
    m('GAB', 'Gabon'),
    m('GHA', 'Ghana'),
    m('IND', 'India'),
    m('IRL', 'Ireland'),
    m('KEN', 'Kenya'),
    m('MEX', 'Mexico'),
    m('NOR', 'Norway'),
    RUS,
    m('ARE', 'United Arab Emirates'),
    GBR,
    USA,
  ],
  2023: [
    m('ALB', 'Albania'),
    m('BRA', 'Brazil'),
    CHN,
    m('ECU', 'Ecuador'),
    FRA,
    m('GAB', 'Gabon'),
    m('GHA', 'Ghana'),
    m('JPN', 'Japan'),
    m('MLT', 'Malta'),
    m('MOZ', 'Mozambique'),
    RUS,
    m('CHE', 'Switzerland'),
    m('ARE', 'United Arab Emirates'),
    GBR,
    USA,
  ],
};

export interface RecordedVote {
  readonly draft: string;
  readonly date: string;
  readonly counts: string;
  /** Names as in the reference table; everyone not named voted yes. */
  readonly votedNo: readonly string[];
  readonly abstained: readonly string[];
  readonly outcome: 'adopted' | 'failed' | 'vetoed';
  readonly vetoedBy: readonly string[];
}

/** Every vote of the reference table. */
export const recordedVotes: readonly RecordedVote[] = [
  {
    draft: 'S/RES/678',
    date: '1990-11-29',
    counts: '12-2-1',
    votedNo: ['Cuba', 'Yemen'],
    abstained: ['China'],
    outcome: 'adopted',
    vetoedBy: [],
  },
  {
    draft: 'S/RES/1973',
    date: '2011-03-17',
    counts: '10-0-5',
    votedNo: [],
    abstained: ['Brazil', 'China', 'Germany', 'India', 'Russian Federation'],
    outcome: 'adopted',
    vetoedBy: [],
  },
  {
    draft: 'S/2011/612',
    date: '2011-10-04',
    counts: '9-2-4',
    votedNo: ['China', 'Russian Federation'],
    abstained: ['Brazil', 'India', 'Lebanon', 'South Africa'],
    outcome: 'vetoed',
    vetoedBy: ['China', 'Russian Federation'],
  },
  {
    draft: 'S/RES/2261',
    date: '2016-01-25',
    counts: '15-0-0',
    votedNo: [],
    abstained: [],
    outcome: 'adopted',
    vetoedBy: [],
  },
  {
    draft: 'S/RES/2334',
    date: '2016-12-23',
    counts: '14-0-1',
    votedNo: [],
    abstained: ['United States'],
    outcome: 'adopted',
    vetoedBy: [],
  },
  {
    draft: 'S/2017/1060',
    date: '2017-12-18',
    counts: '14-1-0',
    votedNo: ['United States'],
    abstained: [],
    outcome: 'vetoed',
    vetoedBy: ['United States'],
  },
  {
    draft: 'S/2022/155',
    date: '2022-02-25',
    counts: '11-1-3',
    votedNo: ['Russian Federation'],
    abstained: ['China', 'India', 'United Arab Emirates'],
    outcome: 'vetoed',
    vetoedBy: ['Russian Federation'],
  },
  {
    draft: 'S/RES/2699',
    date: '2023-10-02',
    counts: '13-0-2',
    votedNo: [],
    abstained: ['China', 'Russian Federation'],
    outcome: 'adopted',
    vetoedBy: [],
  },
];

/** The year's members, or an error naming a vote whose year is missing. */
export const membersFor = (vote: RecordedVote): readonly Member[] => {
  const year = Number(vote.date.slice(0, 4));
  const members = membersByYear[year];
  if (!members) throw new Error(`no members for ${year}`);
  return members;
};

/** The code of a member named in the table (throws if the name is not one of that year's members). */
export const codeOf = (members: readonly Member[], name: string): string => {
  const found = members.find((member) => member.name === name);
  if (!found) throw new Error(`${name} was not a member`);
  return found.code;
};
