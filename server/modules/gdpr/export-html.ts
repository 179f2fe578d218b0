import { CODES_DA as C } from './export-codes-da.ts';
import { DA } from './export-da.ts';
import type { ParticipantExport } from './presenter.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Everything in the document is data typed by people: escape all of it. */
function esc(value: unknown): string {
  if (value === null || value === undefined || value === '') return DA.none;
  if (typeof value === 'boolean') return value ? DA.yes : DA.no;
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function date(value: string | null): string {
  if (!value) return DA.none;
  const [y, m, d] = value.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

function dateTime(value: string): string {
  const t = new Date(value);
  const local = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'short', timeStyle: 'short' }).format(t);
  return esc(local);
}

function rows(pairs: Array<[string, string]>): string {
  return `<dl>${pairs.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function table(head: string[], body: string[][]): string {
  if (body.length === 0) return `<p class="empty">${DA.none}</p>`;
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const tr = body.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

const label = (map: Record<string, string>, code: string | null) => esc(code === null ? null : (map[code] ?? code));
/** A list of codes in words, e.g. travel modes "cykel, bus og tog". */
const labels = (map: Record<string, string>, codes: readonly string[]) => esc(codes.map((c) => map[c] ?? c).join(', '));

const NUMBER = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
/** Hours, kilometres and kroner with a Danish decimal comma (7,5, not 7.5). */
function num(value: number | string | null): string {
  if (value === null || value === '') return DA.none;
  const n = Number(value);
  return Number.isFinite(n) ? esc(NUMBER.format(n)) : esc(value);
}

/** 'mon-am' → "mandag formiddag". */
function slotText(slot: string): string {
  const [day, part] = slot.split('-');
  const d = (C.weekdays as Record<string, string>)[day ?? ''];
  const p = (C.dayParts as Record<string, string>)[part ?? ''];
  return d && p ? `${d} ${p}` : slot;
}

/**
 * Why the programme suggested the job, as one sentence ("Foreslået af matchrunden 03.12.2026: 20 km
 * væk, dine interesser passer"). Reasons without words (an older matcher's scores) are left out.
 */
function matchReasonsText(reasons: unknown): string {
  const list = Array.isArray(reasons) ? (reasons as Array<{ code?: string; value?: unknown }>) : [];
  const words: Record<string, string> = C.matchReasons;
  const fill = (template: string, value: unknown) =>
    template.replace('{value}', typeof value === 'number' ? NUMBER.format(value) : String(value ?? ''));
  const on = list.find((r) => r.code === 'match_round_on')?.value;
  const head = !list.some((r) => r.code === 'match_round')
    ? null
    : typeof on === 'string'
      ? fill(words.match_round_on!, date(on))
      : words.match_round!;
  const parts = list
    .filter((r) => r.code !== undefined && r.code in words && r.code !== 'match_round' && r.code !== 'match_round_on')
    .filter((r) => r.code !== 'note' || Boolean(r.value))
    .map((r) => fill(words[r.code!]!, r.value));
  const body = parts.join(', ');
  if (head) return esc(body ? `${head}: ${body}` : head);
  return esc(body ? body.charAt(0).toUpperCase() + body.slice(1) : null);
}

type ExportedPlacement = ParticipantExport['placements'][number];

/** One placement: the facts, then its history, follow-ups, mentor hours and support requests. */
function placementHtml(p: ExportedPlacement): string {
  const f = DA.fields;
  const l = DA.placement;
  const a = p.agreement;
  const facts = rows([
    [l.opening, esc(p.openingTitle)],
    [l.company, esc(p.company)],
    [l.status, label(DA.placementStatuses, p.status)],
    [l.proposedAt, p.proposedAt ? dateTime(p.proposedAt) : DA.none],
    [l.acceptedAt, p.acceptedAt ? dateTime(p.acceptedAt) : DA.none],
    [l.matchReasons, matchReasonsText(p.matchReasons)],
    ...(a
      ? ([
          [l.period, `${date(a.startsOn)} – ${date(a.endsOn)}`],
          [l.hours, num(a.hoursPerWeek)],
          [
            l.schedule,
            esc(
              (a.weeklySchedule as Array<{ weekday: number; start: string; end: string }>)
                .map((w) => `${WEEKDAYS[w.weekday - 1] ?? w.weekday} ${w.start}–${w.end}`)
                .join(', '),
            ),
          ],
          [l.wage, a.wagePerHour === null ? DA.none : `${num(a.wagePerHour)} kr.`],
          [l.payer, label(DA.payers, a.wagePayer)],
          [l.mentor, esc(a.mentor)],
          [l.agreedAt, a.agreedAt ? dateTime(a.agreedAt) : DA.none],
        ] as Array<[string, string]>)
      : ([[l.period, esc(l.noAgreement)]] as Array<[string, string]>)),
    [l.activatedAt, p.activatedAt ? dateTime(p.activatedAt) : DA.none],
    [l.endedOn, date(p.endedOn)],
    [l.endReason, label(C.endReasons, p.endReason)],
    [l.declineReason, label(C.declineReasons, p.declineReason)],
    [l.declinedBy, label(DA.parties, p.declinedBy)],
    [l.outcome, label(C.outcomes, p.outcome)],
  ]);
  const history = table(
    [f.date, f.change, f.role, f.reason, l.notes],
    p.history.map((e) => [
      dateTime(e.at),
      `${label(DA.placementStatuses, e.fromStatus)} → ${label(DA.placementStatuses, e.toStatus)}`,
      label(DA.parties, e.party),
      esc(e.reason),
      esc(e.note),
    ]),
  );
  const followUps = table(
    [l.due, f.done, l.cancelled],
    p.followUps.map((u) => [
      date(u.dueOn),
      u.completedAt ? dateTime(u.completedAt) : DA.none,
      u.cancelledAt ? dateTime(u.cancelledAt) : DA.none,
    ]),
  );
  const hours = table(
    [f.date, l.mentor, l.hours, l.notes],
    p.mentorHours.map((h) => [date(h.workedOn), esc(h.mentor), num(h.hours), esc(h.note)]),
  );
  const requests = table(
    [f.date, f.what, l.status, f.summary, l.resolution, l.notes],
    p.supportRequests.map((r) => [
      dateTime(r.raisedAt),
      `${label(DA.requestCategories, r.category)} (${label(DA.parties, r.raisedAs)})`,
      label(DA.requestStatuses, r.status),
      esc(r.description),
      esc(r.resolution),
      r.notes.length === 0 ? DA.none : `<ul>${r.notes.map((n) => `<li>${dateTime(n.at)}: ${esc(n.text)}</li>`).join('')}</ul>`,
    ]),
  );
  return (
    `<section><h3>${esc(p.openingTitle)} – ${esc(p.company)}</h3>${facts}<h4>${esc(l.history)}</h4>${history}<h4>${esc(l.followUps)}</h4>${followUps}` +
    `<h4>${esc(l.mentorHours)}</h4>${hours}<h4>${esc(l.supportRequests)}</h4>${requests}</section>`
  );
}

const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/**
 * The access-request document: one self-contained Danish HTML file (inline styles, no scripts, no
 * external resources) that a person can open, read and print.
 */
export function renderExportHtml(x: ParticipantExport): string {
  const p = x.participant;
  const f = DA.fields;
  const person = rows([
    [f.name, `${esc(p.firstName)} ${esc(p.lastName)}`],
    [f.kind, label(DA.kinds, p.kind)],
    [f.birthDate, date(p.birthDate)],
    [f.cpr, esc(p.cpr)],
    [f.cprReason, esc(p.cprReason)],
    [f.site, esc(p.site)],
    [f.status, label(DA.statuses, p.status)],
    [p.kind === 'youth' ? f.step : f.track, p.kind === 'youth' ? esc(p.step) : label(DA.tracks, p.track)],
    [f.email, esc(p.email)],
    [f.phone, esc(p.phone)],
    [f.address, esc(p.address)],
    [f.school, esc(p.school)],
    [f.educationStatus, label(C.educationStatuses, p.educationStatus)],
    [f.compulsorySchool, esc(p.compulsorySchool)],
    [f.compulsorySchoolEndsOn, date(p.compulsorySchoolEndsOn)],
    [f.interests, esc(p.interests.map((i) => i.name).join(', '))],
    [f.skills, esc(p.skills.join(', '))],
    [f.languages, esc(p.languages.join(', '))],
    [f.availability, esc(p.availability.map(slotText).join(', '))],
    [f.travel, `${p.travelKm === null ? DA.none : `${num(p.travelKm)} km`} · ${labels(C.travelModes, p.travelModes)}`],
    [f.goals, esc(p.goals)],
    [f.benefitType, label(C.benefitTypes, p.benefitType)],
    [f.maxWeeklyHours, num(p.maxWeeklyHours)],
    [f.flexJobApproved, esc(p.flexJobApproved)],
    [f.readinessNotes, esc(p.readinessNotes)],
    [f.priority, `${esc(p.priority.flagged)}${p.priority.note ? ` – ${esc(p.priority.note)}` : ''}`],
    [f.anonymisedAt, p.anonymisedAt ? dateTime(p.anonymisedAt) : DA.none],
  ]);
  const journey = table(
    [f.date, f.change, f.reason, f.age],
    x.ladder.map((e) => [
      date(e.onDate),
      e.kind === 'step'
        ? `${f.step} ${esc(e.fromStep)} → ${esc(e.toStep)}`
        : `${label(DA.tracks, e.fromTrack)} → ${label(DA.tracks, e.toTrack)}`,
      label(C.ladderReasons, e.reason),
      esc(e.ageOnDate),
    ]),
  );
  const talks = table(
    [f.date, f.kindOfTalk, f.summary, f.nextSteps],
    x.talks.map((t) => [
      date(t.heldOn),
      label(DA.talkKinds, t.kind),
      esc(t.summary),
      t.nextSteps.length === 0
        ? DA.none
        : `<ul>${t.nextSteps.map((s) => `<li>${esc(s.description)} (${f.due} ${date(s.dueOn)}${s.completedAt ? `, ${f.done.toLowerCase()} ${dateTime(s.completedAt)}` : ''})</li>`).join('')}</ul>`,
    ]),
  );
  const consents = table(
    [f.purpose, f.scope, f.givenOn, f.givenBy, f.method, f.revokedAt],
    x.consents.map((c) => [
      label(DA.purposes, c.purpose),
      esc([...c.organisations, ...c.dataCategories.map((d) => (C.dataCategories as Record<string, string>)[d] ?? d)].join(', ')),
      date(c.givenOn),
      c.givenBy === 'guardian' ? esc(c.guardianName) : label(DA.givers, c.givenBy),
      label(DA.methods, c.method),
      c.revokedAt ? dateTime(c.revokedAt) : DA.none,
    ]),
  );
  const guardians = table(
    [f.name, f.relation, f.email, f.phone, f.address],
    x.guardians.map((g) => [esc(g.name), label(C.relations, g.relation), esc(g.email), esc(g.phone), esc(g.address)]),
  );
  const notices = table(
    [f.name, f.job, f.hours, f.risks, f.precautions, f.informedOn, f.cosignedOn],
    x.guardianNotices.map((n) => [
      esc(n.guardianName),
      esc(n.jobDescription),
      esc(n.hours),
      esc(n.risks),
      esc(n.precautions),
      date(n.informedOn),
      date(n.cosignedOn),
    ]),
  );
  const placements = x.placements.length === 0 ? `<p class="empty">${DA.none}</p>` : x.placements.map(placementHtml).join('');
  const shifts = table(
    [f.date, f.job, f.time, f.breakMinutes, f.status, f.recordedBy, f.reason],
    x.shifts.map((h) => [
      date(h.workDate),
      esc(h.job),
      `${esc(h.start)}–${esc(h.end)}`,
      num(h.breakMinutes),
      label(DA.shiftStatuses, h.status),
      label(DA.recorders, h.recordedAs),
      esc([h.isCorrection ? DA.correction : null, h.reason, h.rejectedReason].filter(Boolean).join(': ') || DA.none),
    ]),
  );
  const activities = table(
    [f.title, f.activityKind, f.place, f.status, f.attended],
    x.activities.map((a) => [
      esc(a.title),
      label(DA.activityKinds, a.kind),
      esc(a.place),
      label(DA.activityStatuses, a.status),
      esc(a.sessionsAttended),
    ]),
  );
  const audit = table(
    [f.date, f.action, f.role, f.what],
    x.auditEvents.map((e) => [
      dateTime(e.at),
      label(DA.actions, e.action),
      e.actorRole ? label(DA.roles, e.actorRole) : esc(DA.system),
      label(C.subjectTypes, e.subjectType),
    ]),
  );
  const s = DA.sections;
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(DA.title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem;margin-top:1.5rem}h4{font-size:.95rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
.meta,.empty{color:#555}
</style>
</head>
<body>
<h1>${esc(DA.title)}</h1>
<p>${esc(DA.intro)}</p>
<p class="meta">${esc(DA.programme)}: ${esc(x.programme)} · ${esc(DA.generated)}: ${dateTime(x.generatedAt)}</p>
<h2>${esc(s.person)}</h2>${person}
<h2>${esc(s.journey)}</h2>${journey}
<h2>${esc(s.talks)}</h2>${talks}
<h2>${esc(s.consents)}</h2>${consents}
<h2>${esc(s.guardians)}</h2>${guardians}
<h2>${esc(s.notices)}</h2>${notices}
<h2>${esc(s.placements)}</h2>${placements}
<h2>${esc(s.shifts)}</h2>${shifts}
<h2>${esc(s.activities)}</h2>${activities}
<h2>${esc(s.audit)}</h2>${audit}
</body>
</html>
`;
}
