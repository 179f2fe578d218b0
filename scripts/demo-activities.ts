import { addDays } from '../shared/domain/calendar/local-time.ts';

/**
 * Demo activities for the two fictional programmes: a professional course with several sessions,
 * craftsman cafés, interview training with a local company and information meetings, with
 * invitations, registrations and attendance for the demo participants. Everything goes through the
 * real API (as `scripts/demo-seed.ts` does), so capacity and attendance rules apply; past sessions
 * carry attendance, upcoming ones only registrations.
 */

/** The slice of demo-seed's API helper this needs. */
export interface DemoApi {
  get: <T>(url: string) => Promise<T>;
  post: <T = { id: string }>(url: string, body: unknown) => Promise<T>;
  put: <T = unknown>(url: string, body: unknown) => Promise<T>;
}

type Kind = 'professional_course' | 'interview_training' | 'craftsman_cafe' | 'information_meeting' | 'training_track';

interface DemoActivity {
  kind: Kind;
  title: string;
  description: string;
  place: string;
  /** Index into the programme's sites, or none. */
  site?: number;
  /** Index into the programme's companies (in the order the API lists them), or none. */
  host?: number;
  capacity: number | null;
  /** Days from today and wall-clock times of each session. */
  sessions: Array<[number, string, string]>;
  /** Indexes into the programme's participants (in the order the API lists them). */
  invite: number[];
  /** How many of the invited register (the first n); the next one declines. */
  register: number;
}

const range = (from: number, count: number, step = 1) => Array.from({ length: count }, (_, i) => from + i * step);

const KOGE: DemoActivity[] = [
  {
    kind: 'professional_course',
    title: 'Fagligt forløb: tømrer og snedker',
    place: 'Tømrerværkstedet',
    host: 0,
    site: 0,
    capacity: 10,
    description: 'Fire eftermiddage på værkstedet: sikkerhed, værktøj, et lille byggeprojekt og en snak om læreplads.',
    sessions: [
      [-63, '15:00', '17:30'],
      [-56, '15:00', '17:30'],
      [-49, '15:00', '17:30'],
      [-42, '15:00', '17:30'],
    ],
    invite: range(0, 11),
    register: 9,
  },
  {
    kind: 'craftsman_cafe',
    title: 'Håndværkercafé i Solbakken',
    place: 'Beboerhuset Solbakken',
    host: 2,
    site: 0,
    capacity: null,
    description: 'Kaffe, kage og håndværkere, der fortæller om deres fag. Tag en ven med.',
    sessions: [[-21, '16:00', '18:00']],
    invite: range(4, 14),
    register: 12,
  },
  {
    kind: 'interview_training',
    title: 'Jobsamtaletræning med butikschefen',
    place: 'Butikken på torvet',
    host: 1,
    site: 1,
    capacity: 8,
    description: 'Øv jobsamtalen med en rigtig butikschef, og få gode råd om ansøgningen.',
    sessions: [
      [-14, '15:30', '17:00'],
      [7, '15:30', '17:00'],
    ],
    invite: range(10, 9),
    register: 7,
  },
  {
    kind: 'information_meeting',
    title: 'Informationsmøde for unge og forældre',
    place: 'Ellehavens fælleslokale',
    site: 1,
    capacity: 40,
    description: 'Hvad er Jobplaneten, hvordan får man et fritidsjob, og hvad må man som ung?',
    sessions: [[10, '18:00', '19:30']],
    invite: range(16, 12),
    register: 6,
  },
  {
    kind: 'craftsman_cafe',
    title: 'Håndværkercafé: VVS og el',
    place: 'Beboerhuset Solbakken',
    host: 2,
    site: 0,
    capacity: 15,
    description: 'VVS-installatøren viser, hvad en lærling laver på en almindelig dag.',
    sessions: [[21, '16:00', '18:00']],
    invite: range(0, 8),
    register: 5,
  },
];

const VIBORG: DemoActivity[] = [
  {
    kind: 'information_meeting',
    title: 'Informationsmøde om Jobløft',
    place: 'Engparkens beboerhus',
    site: 0,
    capacity: null,
    description: 'Sådan hjælper Jobløft dig tættere på et job med de timer, du kan.',
    sessions: [[-35, '10:00', '11:30']],
    invite: range(0, 10),
    register: 8,
  },
  {
    kind: 'training_track',
    title: 'Træningsforløb: klar til job',
    place: 'Jobcentret, mødelokale 2',
    capacity: 10,
    description: 'Seks formiddage om arbejdspladsens kultur, CV og første arbejdsdag.',
    sessions: range(-28, 6, 3).map((d) => [d, '09:00', '12:00'] as [number, string, string]),
    invite: range(0, 8),
    register: 7,
  },
  {
    kind: 'interview_training',
    title: 'Jobsamtaletræning med lokale ledere',
    place: 'Ejendomskontoret Skovly',
    host: 1,
    site: 1,
    capacity: 6,
    description: 'Ledere fra ejendomsservice og anlæg øver jobsamtaler med dig.',
    sessions: [[14, '10:00', '12:00']],
    invite: range(2, 7),
    register: 6,
  },
];

/** Whether person i was at session s: most come, a few miss one (deterministic, no randomness). */
const attended = (person: number, session: number) => (person * 7 + session * 3) % 5 !== 0;

async function seedProgramme(api: DemoApi, programmeId: string, activities: DemoActivity[], today: string) {
  const base = `/api/programmes/${programmeId}`;
  const { sites } = await api.get<{ sites: Array<{ id: string }> }>(base);
  const { companies } = await api.get<{ companies: Array<{ id: string; name: string }> }>(`${base}/companies`);
  const { participants } = await api.get<{ participants: Array<{ id: string }> }>(`${base}/participants?limit=500`);
  const byName = [...companies].sort((a, b) => a.name.localeCompare(b.name));
  for (const a of activities) {
    const invited = a.invite.map((i) => participants[i % participants.length]!.id);
    const people = [...new Set(invited)];
    const created = await api.post<{ id: string; sessions: Array<{ id: string; startsAt: string }> }>(`${base}/activities`, {
      kind: a.kind,
      title: a.title,
      description: a.description,
      place: a.place,
      capacity: a.capacity,
      siteId: a.site === undefined ? null : sites[a.site]!.id,
      hostCompanyId: a.host === undefined || byName.length === 0 ? null : byName[a.host % byName.length]!.id,
      sessions: a.sessions.map(([d, from, to]) => ({ startsAt: `${addDays(today, d)}T${from}`, endsAt: `${addDays(today, d)}T${to}` })),
    });
    await api.post(`${base}/activities/${created.id}/invitations`, { participantIds: people });
    const registered = people.slice(0, a.register);
    for (const pid of registered) await api.put(`${base}/activities/${created.id}/participants/${pid}`, { status: 'registered' });
    const decliner = people[a.register];
    if (decliner) await api.put(`${base}/activities/${created.id}/participants/${decliner}`, { status: 'declined' });
    for (const [s, session] of created.sessions.entries()) {
      if (session.startsAt.slice(0, 10) >= today) continue;
      const marks = registered.map((participantId, i) => ({ participantId, present: attended(i, s) }));
      if (marks.length > 0) await api.put(`${base}/activity-sessions/${session.id}/attendance`, { marks });
    }
  }
}

/** Seeds the demo activities of both programmes (called by scripts/demo-seed.ts after participants exist). */
export async function seedDemoActivities(api: DemoApi, programmes: { koge: string; viborg: string }, today: string) {
  await seedProgramme(api, programmes.koge, KOGE, today);
  await seedProgramme(api, programmes.viborg, VIBORG, today);
}
