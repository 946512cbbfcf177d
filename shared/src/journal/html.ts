/**
 * The minutes as one self-contained, print-ready HTML page: A4 pages (`@page`),
 * page numbers where the browser supports margin boxes, headers of tables
 * repeated on each page, a vote's record kept on one page. Opening it and
 * choosing "Save as PDF" gives the dais its minutes. Every piece of text is
 * escaped; the page has no script and loads nothing.
 */
import { formatDuration, isoTime, timeFormat } from './format.ts';
import { attendanceGroups, period, voteNotes, type RenderOptions } from './markdown.ts';
import { EntryText, choiceLabels, speechKindLabels } from './text.ts';
import type { Minutes, VoteEntry } from './types.ts';

/** Escape text for HTML content and attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; }
@page { @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #555; } }
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font: 10.5pt/1.45 Georgia, "Noto Serif", "DejaVu Serif", "Times New Roman", serif; color: #111; background: #fff; }
body { margin: 0 auto; max-width: 178mm; padding: 18mm 0 20mm; }
@media print { body { max-width: none; padding: 0; } }
h1, h2, h3, th, .meta dt, caption { font-family: system-ui, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
h1 { font-size: 20pt; margin: 0 0 2pt; }
h1 small { display: block; font-size: 11pt; font-weight: 500; color: #444; letter-spacing: .04em; text-transform: uppercase; }
h2 { font-size: 13pt; margin: 16pt 0 6pt; padding-bottom: 2pt; border-bottom: 1.5pt solid #1d4f91; color: #1d4f91; break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 0 0 4pt; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 10pt; margin: 6pt 0 0; }
.meta dt { font-weight: 600; font-size: 9pt; color: #444; }
.meta dd { margin: 0; }
.meta ol { margin: 0; padding-left: 14pt; }
ul, ol.proceedings { margin: 0; padding-left: 0; list-style: none; }
ul.plain { padding-left: 12pt; list-style: disc; }
.proceedings li { display: grid; grid-template-columns: 17mm 1fr; gap: 4pt; padding: 1.5pt 0; break-inside: avoid; }
.proceedings li.day { display: block; font-weight: 600; margin-top: 6pt; }
time { font-variant-numeric: tabular-nums; }
.proceedings time { color: #444; }
.kind-motion span, .kind-vote span { font-weight: 600; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; margin: 2pt 0 6pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: left; font-size: 8pt; text-transform: uppercase; letter-spacing: .03em; color: #333; border-bottom: 1pt solid #333; padding: 2pt 4pt; }
td { border-bottom: .5pt solid #c8c8c8; padding: 2pt 4pt; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 600; border-top: 1pt solid #333; border-bottom: none; }
.vote, .draft { break-inside: avoid; margin-bottom: 8pt; }
.result { font-weight: 600; }
.result .outcome-adopted { color: #0b6b2f; }
.result .outcome-failed, .result .outcome-vetoed { color: #a3161b; }
.choice-yes { color: #0b6b2f; }
.choice-no { color: #a3161b; }
.choice-absent, .muted { color: #666; }
.p5 { font-weight: 700; }
footer { margin-top: 14pt; padding-top: 4pt; border-top: .5pt solid #999; font-size: 8.5pt; color: #555; }
`;

/** The minutes as a complete HTML page, ready to print on A4. */
export const renderMinutesHtml = (minutes: Minutes, options: RenderOptions = {}): string => {
  const format = timeFormat(options.timeZone ?? 'UTC');
  const text = new EntryText(minutes);
  const h = escapeHtml;
  const name = (code: string) => h(text.name(code));
  const time = (at: number) => `<time datetime="${isoTime(at)}">${h(format.time(at))}</time>`;
  const out: string[] = [];
  const add = (...parts: string[]) => out.push(...parts);
  const title = `${minutes.committee.name}: minutes`;

  add(
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1><small>Minutes</small>${h(minutes.committee.name)}</h1>`,
    '<dl class="meta">',
    `<dt>Topic</dt><dd>${h(minutes.committee.topic)}</dd>`,
    `<dt>Agenda</dt><dd><ol>${minutes.committee.agenda.map((item) => `<li>${h(item)}</li>`).join('')}</ol></dd>`,
    `<dt>Record</dt><dd>${h(period(minutes, format))}</dd>`,
    `<dt>Meetings</dt><dd>${minutes.meetings}</dd>`,
    '</dl>',
    '</header>',
  );

  add('<section aria-labelledby="attendance"><h2 id="attendance">Attendance</h2>');
  const rollCalls = minutes.entries.filter((entry) => entry.kind === 'rollCall');
  if (rollCalls.length === 0) add('<p class="muted">No roll call was taken.</p>');
  for (const rollCall of rollCalls) {
    add(`<h3>Roll call, meeting ${rollCall.meeting} (${time(rollCall.at)})</h3><dl class="meta">`);
    for (const [label, codes] of attendanceGroups(rollCall)) {
      add(
        `<dt>${h(label)}</dt><dd>${codes.length === 0 ? 'none' : codes.map(name).join(', ')}</dd>`,
      );
    }
    add('</dl>');
  }
  const changes = minutes.entries.filter((entry) => entry.kind === 'attendance');
  if (changes.length > 0) {
    add('<h3>After the roll call</h3><ul class="plain">');
    for (const change of changes) add(`<li>${time(change.at)} ${h(text.describe(change))}</li>`);
    add('</ul>');
  }
  add('</section>');

  add('<section aria-labelledby="proceedings"><h2 id="proceedings">Proceedings</h2>');
  if (minutes.entries.length === 0) add('<p class="muted">Nothing has been recorded yet.</p>');
  else add('<ol class="proceedings">');
  let day = minutes.firstAt === null ? null : format.date(minutes.firstAt);
  for (const entry of minutes.entries) {
    if (format.date(entry.at) !== day) {
      day = format.date(entry.at);
      add(`<li class="day">${h(day)}</li>`);
    }
    add(
      `<li class="kind-${entry.kind}">${time(entry.at)}<span>${h(text.describe(entry))}</span></li>`,
    );
  }
  if (minutes.entries.length > 0) add('</ol>');
  add('</section>');

  add('<section aria-labelledby="speeches"><h2 id="speeches">Speeches</h2>');
  if (minutes.speeches.length === 0) add('<p class="muted">No speeches.</p>');
  else {
    add(
      '<table><thead><tr><th>Speech</th><th>Started</th><th>Delegation</th><th>Kind</th><th class="num">Duration</th><th>Notes</th></tr></thead><tbody>',
    );
    for (const speech of minutes.speeches) {
      add(
        `<tr><td>${h(speech.speechId)}</td><td>${time(speech.startedAt)}</td><td>${name(speech.delegation)}</td><td>${h(speechKindLabels[speech.speechKind])}</td><td class="num">${speech.durationSeconds === null ? 'in progress' : h(formatDuration(speech.durationSeconds))}</td><td>${h(text.speechDetail(speech))}</td></tr>`,
      );
    }
    add('</tbody></table>');
  }
  add('</section>');

  add('<section aria-labelledby="motions"><h2 id="motions">Motions</h2>');
  if (minutes.motions.length === 0) add('<p class="muted">No motions.</p>');
  else {
    add(
      '<table><thead><tr><th>Motion</th><th>Moved</th><th>Mover</th><th>Motion</th><th>Seconded by</th><th>Outcome</th></tr></thead><tbody>',
    );
    for (const motion of minutes.motions) {
      add(
        `<tr><td>${h(motion.motionId)}</td><td>${time(motion.at)}</td><td>${name(motion.mover)}</td><td>${h(motion.description)}</td><td>${motion.seconds.map(name).join(', ')}</td><td>${h(text.motionOutcome(motion))}</td></tr>`,
      );
    }
    add('</tbody></table>');
  }
  add('</section>');

  add('<section aria-labelledby="votes"><h2 id="votes">Votes</h2>');
  if (minutes.votes.length === 0) add('<p class="muted">No votes.</p>');
  for (const vote of minutes.votes) add(voteSection(vote, text, time));
  add('</section>');

  const steps = minutes.entries.filter((entry) => entry.kind === 'draft');
  if (minutes.drafts.length > 0 || steps.length > 0) {
    add('<section aria-labelledby="drafts"><h2 id="drafts">Draft resolutions and amendments</h2>');
    for (const draft of minutes.drafts) {
      add(
        `<div class="draft"><h3>${h(draft.symbol ?? draft.id)}: ${h(draft.title)}</h3>`,
        `<p>${h(text.draftPeople(draft))}.</p>`,
        `<p class="result">Outcome: ${h(text.draftOutcome(draft))}</p>`,
      );
      if (draft.amendments.length > 0) {
        add('<ul class="plain">');
        for (const amendment of draft.amendments)
          add(`<li>Amendment ${h(text.amendment(amendment))}</li>`);
        add('</ul>');
      }
      add('</div>');
    }
    if (steps.length > 0) {
      add('<h3>In order</h3><ul class="plain">');
      for (const step of steps) add(`<li>${time(step.at)} ${h(step.text)}</li>`);
      add('</ul>');
    }
    add('</section>');
  }

  const totals = minutes.statistics.totals;
  add(
    '<section aria-labelledby="participation"><h2 id="participation">Participation</h2>',
    '<table><thead><tr><th>Delegation</th><th class="num">Speeches</th><th class="num">Speaking time</th><th class="num">Motions moved</th><th class="num">Motions passed</th><th class="num">Votes cast</th></tr></thead><tbody>',
  );
  for (const line of minutes.statistics.delegations) {
    const label = `${h(line.shortName)}${line.p5 ? ' <span class="p5">(P5)</span>' : ''}${line.member ? '' : ' <span class="muted">(invited)</span>'}`;
    add(
      `<tr><td>${label}</td><td class="num">${line.speeches}</td><td class="num">${h(formatDuration(line.speakingSeconds))}</td><td class="num">${line.motionsMoved}</td><td class="num">${line.motionsPassed}</td><td class="num">${line.votesCast}</td></tr>`,
    );
  }
  add(
    `</tbody><tfoot><tr><td>Total</td><td class="num">${totals.speeches}</td><td class="num">${h(formatDuration(totals.speakingSeconds))}</td><td class="num">${totals.motionsMoved}</td><td class="num">${totals.motionsPassed}</td><td class="num">${totals.votesCast}</td></tr></tfoot></table>`,
    '</section>',
    `<footer>Recorded by Placard for committee <code>${h(minutes.committee.id)}</code>, events 1–${minutes.headSeq}. Times are ${h(format.zone)}; durations run from the start to the end of each speech.</footer>`,
    '</body>',
    '</html>',
  );
  return `${out.join('\n')}\n`;
};

const voteSection = (vote: VoteEntry, text: EntryText, time: (at: number) => string): string => {
  const h = escapeHtml;
  const method = vote.method === 'rollCall' ? 'roll call' : 'placard';
  const closed = vote.closedAt === null ? 'still open' : `closed ${time(vote.closedAt)}`;
  const outcome = vote.outcome ?? 'open';
  const rows = vote.records.map((record) => {
    const choice = record.choice ?? 'pending';
    const label = record.choice === null ? 'not yet voted' : choiceLabels[record.choice];
    return `<tr><td${record.p5 ? ' class="p5"' : ''}>${h(text.name(record.delegation))}</td><td>${record.p5 ? 'P5' : ''}</td><td class="choice-${choice}">${h(label)}</td><td>${h(voteNotes(record, vote).join('; '))}</td></tr>`;
  });
  return [
    `<div class="vote" id="vote-${h(vote.voteId)}">`,
    `<h3>Vote ${h(vote.voteId)}: ${h(text.voteTitle(vote))}</h3>`,
    `<p>${vote.voteKind === 'substantive' ? 'Substantive' : 'Procedural'} vote by ${method}, ${vote.threshold} affirmative votes needed; opened ${time(vote.openedAt)}, ${closed}${vote.rollCallStart ? `; called first: ${h(text.name(vote.rollCallStart))}` : ''}.</p>`,
    `<p class="result">Result: <span class="outcome-${h(outcome)}">${h(text.voteResult(vote))}</span></p>`,
    '<table><thead><tr><th>Member</th><th>P5</th><th>Vote</th><th>Notes</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
    '</div>',
  ].join('\n');
};
