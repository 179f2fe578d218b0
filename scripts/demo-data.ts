/**
 * The demo's fictional people, companies and openings, as plain data. `demo-seed.ts` feeds them
 * through the real API, so they pass the same validation and legality checks as anything a
 * coordinator types in. Names are common Danish names put together at random; CVR numbers pass the
 * modulus-11 check but are made up. Ages and dates are relative to the day the demo is seeded.
 */

const FIRST_NAMES = [
  'Amira',
  'Noah',
  'Sofie',
  'Yusuf',
  'Freja',
  'Ali',
  'Ida',
  'Emil',
  'Zainab',
  'Oliver',
  'Maja',
  'Hassan',
  'Clara',
  'Mikkel',
  'Layla',
  'William',
  'Nora',
  'Omar',
  'Alma',
  'Lucas',
  'Sara',
  'Elias',
  'Aya',
  'Victor',
];
const LAST_NAMES = [
  'Hansen',
  'Nielsen',
  'Ahmed',
  'Jensen',
  'Pedersen',
  'Hussein',
  'Andersen',
  'Larsen',
  'Yilmaz',
  'Christensen',
  'Rasmussen',
  'Mohamed',
];
const INTERESTS = [
  'carpentry',
  'retail',
  'care',
  'kitchen',
  'caretaking',
  'it',
  'childcare',
  'gardening',
  'painting',
  'logistics',
  'cleaning',
  'mechanics',
];
const HALF_DAYS = ['mon-pm', 'tue-pm', 'wed-pm', 'thu-pm', 'fri-pm', 'sat-am', 'sat-pm', 'sun-am'];

/** mulberry32: the demo is the same every time it is seeded. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]!);
  return out;
}

export interface DemoYouth {
  firstName: string;
  lastName: string;
  /** Whole years and extra days of age on the seeding day. */
  age: [number, number];
  site: number;
  step: 1 | 2 | 3 | 4;
  interests: string[];
  availability: string[];
  travelKm: number;
  priority: boolean;
  withGuardian: boolean;
}

export interface DemoAdult {
  firstName: string;
  lastName: string;
  age: [number, number];
  site: number;
  track: 'job' | 'apprenticeship_internship' | 'flex_job' | 'few_hours_job' | 'training';
  interests: string[];
  maxWeeklyHours: number;
  flexJobApproved: boolean;
  benefitType: 'cash_benefit' | 'education_benefit' | 'unemployment_benefit';
}

/** Youth for Jobplaneten Køge: the first one is Dina, whose portal login the README lists. */
export function demoYouth(count = 32): DemoYouth[] {
  const rnd = seeded(2026);
  const out: DemoYouth[] = [
    {
      firstName: 'Dina',
      lastName: 'Deltager',
      age: [14, 120],
      site: 0,
      step: 1,
      interests: ['retail', 'kitchen'],
      availability: ['mon-pm', 'wed-pm', 'sat-am'],
      travelKm: 5,
      priority: false,
      withGuardian: true,
    },
  ];
  for (let i = 1; i < count; i++) {
    const years = 13 + Math.floor(rnd() * 5);
    const step = (
      years <= 13 ? 1 : years === 14 ? 1 + Math.floor(rnd() * 2) : years === 15 ? 2 + Math.floor(rnd() * 2) : 3 + Math.floor(rnd() * 2)
    ) as DemoYouth['step'];
    out.push({
      firstName: FIRST_NAMES[i % FIRST_NAMES.length]!,
      lastName: LAST_NAMES[Math.floor(rnd() * LAST_NAMES.length)]!,
      age: [years, Math.floor(rnd() * 360)],
      site: i % 2,
      step,
      interests: pick(rnd, INTERESTS, 2 + Math.floor(rnd() * 2)),
      availability: pick(rnd, HALF_DAYS, 3),
      travelKm: [3, 5, 8, 10][Math.floor(rnd() * 4)]!,
      priority: rnd() < 0.2,
      withGuardian: years < 16 || rnd() < 0.5,
    });
  }
  return out;
}

/** Adult residents for Jobløft Viborg. */
export function demoAdults(count = 16): DemoAdult[] {
  const rnd = seeded(8800);
  const tracks = ['job', 'apprenticeship_internship', 'flex_job', 'few_hours_job', 'training'] as const;
  const benefits = ['cash_benefit', 'education_benefit', 'unemployment_benefit'] as const;
  return Array.from({ length: count }, (_, i) => {
    const track = tracks[i % tracks.length]!;
    return {
      firstName: FIRST_NAMES[(i * 7 + 3) % FIRST_NAMES.length]!,
      lastName: LAST_NAMES[Math.floor(rnd() * LAST_NAMES.length)]!,
      age: [22 + Math.floor(rnd() * 35), Math.floor(rnd() * 360)] as [number, number],
      site: i % 2,
      track,
      interests: pick(rnd, INTERESTS, 2),
      maxWeeklyHours: track === 'few_hours_job' ? 10 : track === 'flex_job' ? 15 : 37,
      flexJobApproved: track === 'flex_job',
      benefitType: benefits[Math.floor(rnd() * benefits.length)]!,
    };
  });
}

export interface DemoCompany {
  cvr: string;
  name: string;
  industry: string;
  /** Supplies the programme's housing association (Jobløft is built on these). */
  supplier: boolean;
  workplace: { name: string; address: string; postalCode: string };
  mentor?: { name: string; hoursPerWeek: number; ratePerHour: number; payer: 'project_funds' | 'company' | 'job_centre' | 'municipality' };
  /** The employer contact login from the README belongs to the first company of each programme. */
  contact?: boolean;
}

export const KOGE_COMPANIES: DemoCompany[] = [
  {
    cvr: '29990018',
    name: 'Tømrerfirmaet Bjælken ApS (demo)',
    industry: 'Tømrer og snedker',
    supplier: true,
    contact: true,
    workplace: { name: 'Værkstedet', address: 'Værkstedsvej 4', postalCode: '4600' },
    mentor: { name: 'Mads Mentor', hoursPerWeek: 2, ratePerHour: 350, payer: 'project_funds' },
  },
  {
    cvr: '29990026',
    name: 'Brugsen Ellehaven (demo)',
    industry: 'Dagligvarehandel',
    supplier: false,
    workplace: { name: 'Butikken', address: 'Ellehaven 2', postalCode: '4600' },
  },
  {
    cvr: '29990034',
    name: 'VVS-Centralen Køge ApS (demo)',
    industry: 'VVS og blik',
    supplier: true,
    workplace: { name: 'Lager og værksted', address: 'Industrivej 17', postalCode: '4600' },
  },
];

export const VIBORG_COMPANIES: DemoCompany[] = [
  {
    cvr: '29990042',
    name: 'Malerfirmaet Farve & Fylde ApS (demo)',
    industry: 'Maler',
    supplier: true,
    contact: true,
    workplace: { name: 'Hovedkontor', address: 'Malervej 9', postalCode: '8800' },
    mentor: { name: 'Per Mester', hoursPerWeek: 3, ratePerHour: 400, payer: 'job_centre' },
  },
  {
    cvr: '29990050',
    name: 'Engly Ejendomsservice (demo)',
    industry: 'Ejendomsservice',
    supplier: true,
    workplace: { name: 'Driftskontoret', address: 'Engparken 1', postalCode: '8800' },
  },
  {
    cvr: '29990069',
    name: 'Grøn Have Anlæg ApS (demo)',
    industry: 'Anlægsgartner',
    supplier: false,
    workplace: { name: 'Gartneriet', address: 'Skovlyvej 44', postalCode: '8800' },
  },
];
