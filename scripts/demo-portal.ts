import { addDays, weekday } from '../shared/domain/calendar/local-time.ts';
import type { DemoApi } from './demo-activities.ts';

/**
 * Dina, the demo's participant login (14, in school), at work: a pocket-money job as the estate's
 * caretaker's helper that started five weeks ago, cleared by her mother Frida (the guardian login),
 * with approved shifts on the agreed afternoons, one shift turned down with a reason and the last
 * one waiting for approval, and a place at the information meeting next week. It all goes through
 * the API as the administrator (the coordinator's part, who approves hours of pocket-money jobs),
 * so the young-worker rules judge every shift. Called after the activities exist.
 */

const JOB_TITLE = 'Lommepengejob: gårdmandshjælper';
const MEETING_TITLE = 'Informationsmøde for unge og forældre';

interface Opening {
  id: string;
  title: string;
  hoursPerWeek: number;
  weeklySchedule: Array<{ weekday: number; start: string; end: string; breakMinutes: number }>;
  wagePerHour: number | null;
  wagePayer: string | null;
}

export async function seedDinaAtWork(api: DemoApi, programmeId: string, today: string) {
  const base = `/api/programmes/${programmeId}`;
  const { participants } = await api.get<{ participants: Array<{ id: string; firstName: string; lastName: string }> }>(
    `${base}/participants?limit=500`,
  );
  const dina = participants.find((p) => p.firstName === 'Dina' && p.lastName === 'Deltager');
  if (!dina) throw new Error('demo seed: Dina Deltager is missing');
  const { guardians } = await api.get<{ guardians: Array<{ id: string; name: string }> }>(`${base}/participants/${dina.id}`);
  const frida = guardians.find((g) => g.name === 'Frida Forælder');
  if (!frida) throw new Error('demo seed: Frida Forælder is missing');
  const { openings } = await api.get<{ openings: Opening[] }>(`${base}/openings?status=open`);
  const job = openings.find((o) => o.title === JOB_TITLE);
  if (!job) throw new Error(`demo seed: the opening '${JOB_TITLE}' is missing`);

  const startsOn = addDays(today, -35);
  let pl = await api.post<{ id: string; version: number }>(`${base}/placements`, {
    participantId: dina.id,
    openingId: job.id,
    matchReasons: [{ code: 'interest', value: 'gardening' }],
  });
  const move = async (body: Record<string, unknown>) =>
    (pl = await api.post<{ id: string; version: number }>(`${base}/placements/${pl.id}/transitions`, { version: pl.version, ...body }));
  await move({ to: 'interview' });
  await move({ to: 'offered' });
  await move({
    to: 'agreed',
    agreement: {
      startsOn,
      endsOn: addDays(startsOn, 182),
      hoursPerWeek: job.hoursPerWeek,
      weeklySchedule: job.weeklySchedule,
      wagePerHour: job.wagePerHour,
      wagePayer: job.wagePayer ?? 'project_funds',
    },
  });
  await api.post(`${base}/participants/${dina.id}/guardian-notices`, {
    guardianId: frida.id,
    placementId: pl.id,
    jobDescription: 'Hjælpe gårdmanden med at feje, rive blade og holde legepladsen pæn.',
    hours: 'Onsdag og lørdag kl. 15–17',
    risks: 'Ingen særlige: let arbejde udendørs.',
    precautions: 'Gårdmanden er altid til stede og viser, hvordan redskaberne bruges.',
    informedOn: addDays(startsOn, -7),
    cosignedOn: addDays(startsOn, -5),
  });
  await move({ to: 'active' });

  // The agreed afternoons up to yesterday: approved, except one rained off and the latest still waiting.
  const days: Array<{ date: string; start: string; end: string; breakMinutes: number }> = [];
  for (let d = startsOn; d < today; d = addDays(d, 1)) {
    for (const e of job.weeklySchedule) if (e.weekday === weekday(d)) days.push({ date: d, ...e });
  }
  const shifts = `${base}/placements/${pl.id}/shifts`;
  for (const [i, s] of days.entries()) {
    const last = i === days.length - 1;
    const rainedOff = i === days.length - 3;
    const body = { workDate: s.date, startTime: s.start, endTime: s.end, breakMinutes: s.breakMinutes, approve: !last && !rainedOff };
    const recorded = await api.post<{ shift: { id: string } }>(shifts, body);
    if (rainedOff)
      await api.post(`${base}/shifts/${recorded.shift.id}/reject`, { reason: 'Vagten blev aflyst på grund af regn, så den tæller ikke.' });
  }

  const { items } = await api.get<{ items: Array<{ id: string; title: string }> }>(`${base}/activities?when=upcoming`);
  const meeting = items.find((a) => a.title === MEETING_TITLE);
  if (!meeting) throw new Error(`demo seed: the activity '${MEETING_TITLE}' is missing`);
  const detail = await api.get<{ participants: Array<{ participantId: string; status: string }> }>(`${base}/activities/${meeting.id}`);
  const mine = detail.participants.find((p) => p.participantId === dina.id);
  if (!mine) await api.post(`${base}/activities/${meeting.id}/invitations`, { participantIds: [dina.id] });
  if (mine?.status !== 'registered') await api.put(`${base}/activities/${meeting.id}/participants/${dina.id}`, { status: 'registered' });
}
