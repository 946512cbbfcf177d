/**
 * An adopted resolution for export: Markdown, and a print-ready A4 HTML page
 * (one self-contained string, every delegate's word escaped). A draft not yet
 * adopted renders too, headed as a draft. Dates are the adoption's in UTC.
 */
import { draftLabel, subClauseLabel, type DraftResolution } from './drafts.ts';
import type { CommitteeState } from '../core/state.ts';

/** What the export says about the committee: its name and delegations' names. */
export interface ResolutionContext {
  /** "Security Council". */
  readonly committee?: string;
  /** Display names by delegation code (codes are shown where a name is missing). */
  readonly names?: Readonly<Record<string, string>>;
}

/** The context of a committee's state: its name and every delegation's short name. */
export const resolutionContext = (state: CommitteeState): ResolutionContext => ({
  committee: state.name,
  names: Object.fromEntries(
    [...state.members, ...state.invitees].map((delegation) => [
      delegation.code,
      delegation.shortName,
    ]),
  ),
});

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "15 June 2026" (UTC) for an epoch time. */
const dateOf = (at: number): string => {
  const date = new Date(at);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
};

const votes = (n: number): string => `${n} vote${n === 1 ? '' : 's'}`;

/** The heading, the adoption line and the sponsors, in plain words. */
const header = (draft: DraftResolution, context: ResolutionContext) => {
  const committee = context.committee ?? 'Security Council';
  const name = (code: string): string => context.names?.[code] ?? code;
  const status = draft.status;
  const heading =
    status.kind === 'adopted'
      ? `Resolution ${status.resolutionNumber} (${new Date(status.at).getUTCFullYear()})`
      : `Draft resolution ${draftLabel(draft)}`;
  const adoption =
    status.kind === 'adopted'
      ? `Adopted by the ${committee} on ${dateOf(status.at)} by ${votes(status.tally.yes)} to ${status.tally.no}, with ${status.tally.abstain} abstention${status.tally.abstain === 1 ? '' : 's'}.`
      : `Status: ${status.kind === 'workingPaper' ? 'working paper' : status.kind}.`;
  return {
    committee,
    heading,
    adoption,
    sponsors: draft.sponsors.map(name).join(', '),
    signatories: draft.signatories.map(name).join(', '),
  };
};

/** Backslash-escape what Markdown would read as markup (or raw HTML) in a delegate's words. */
const md = (text: string): string =>
  text
    .replace(/[\\`*_{}[\]<>#|~]/g, (char) => `\\${char}`)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+])/, '\\$1');

/** The resolution as Markdown: heading, adoption, sponsors, title, preamble, numbered clauses. */
export const resolutionMarkdown = (
  draft: DraftResolution,
  context: ResolutionContext = {},
): string => {
  const head = header(draft, context);
  const lines = [
    `# ${md(head.heading)}`,
    '',
    `**${md(draft.title)}**`,
    '',
    `_${md(head.adoption)}_`,
    '',
    `Sponsors: ${md(head.sponsors)}${head.signatories ? `  \nSignatories: ${md(head.signatories)}` : ''}`,
    '',
    `_The ${md(head.committee)}_,`,
    '',
  ];
  for (const paragraph of draft.preambular) lines.push(md(paragraph), '');
  draft.operative.forEach((clause, index) => {
    lines.push(`${index + 1}. ${md(clause.text)}`, '');
    clause.subClauses.forEach((sub, subIndex) => {
      lines.push(`   ${subClauseLabel(subIndex)} ${md(sub)}`, '');
    });
  });
  return `${lines.join('\n').trimEnd()}\n`;
};

/** Escape text for HTML content and attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const PRINT_STYLE = `@page { size: A4; margin: 25mm 20mm 25mm 25mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.45; color: #000; background: #fff; max-width: 165mm; margin: 2em auto; padding: 0 1em; }
header { text-align: center; margin-bottom: 1.5em; }
header p { margin: 0.2em 0; }
h1 { font-size: 16pt; margin: 0 0 0.3em; }
h2 { font-size: 13pt; font-weight: bold; text-align: center; margin: 1.2em 0; }
.sponsors { font-size: 10.5pt; }
.council { font-style: italic; margin: 1em 0 0.6em; }
.preamble p { text-indent: 2.5em; margin: 0 0 0.6em; }
ol.operative { padding-left: 2.5em; margin: 0; }
ol.operative > li { margin: 0 0 0.6em; padding-left: 0.3em; }
ol.sub { list-style: none; padding-left: 2em; margin: 0.4em 0 0; }
ol.sub li { margin: 0 0 0.3em; }
@media print { body { margin: 0; padding: 0; max-width: none; } ol.operative > li { break-inside: avoid; } }`;

/** The resolution as a print-ready A4 HTML page (self-contained: one inline stylesheet, no script). */
export const resolutionHtml = (draft: DraftResolution, context: ResolutionContext = {}): string => {
  const h = escapeHtml;
  const head = header(draft, context);
  const preamble = draft.preambular.map((paragraph) => `<p>${h(paragraph)}</p>`).join('\n');
  const clauses = draft.operative
    .map((clause) => {
      const subs =
        clause.subClauses.length === 0
          ? ''
          : `<ol class="sub">${clause.subClauses.map((sub, index) => `<li>${h(subClauseLabel(index))} ${h(sub)}</li>`).join('')}</ol>`;
      return `<li>${h(clause.text)}${subs}</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${h(`${head.heading}: ${draft.title}`)}</title>
<style>
${PRINT_STYLE}
</style>
</head>
<body>
<header>
<p>${h(head.committee)}</p>
<h1>${h(head.heading)}</h1>
<p>${h(head.adoption)}</p>
<p class="sponsors">Sponsors: ${h(head.sponsors)}${head.signatories ? `<br>Signatories: ${h(head.signatories)}` : ''}</p>
</header>
<main>
<h2>${h(draft.title)}</h2>
<p class="council">The ${h(head.committee)},</p>
<section class="preamble">
${preamble}
</section>
<ol class="operative">
${clauses}
</ol>
</main>
</body>
</html>
`;
};
