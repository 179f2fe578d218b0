import type { Me } from '../../../shared/schemas/auth.ts';
import type { Action } from '../../../shared/domain/access/permissions.ts';
import { can, programmeIds } from '../access.ts';

/**
 * The sections of a programme the menu links to: each is an existing route (from the features'
 * `routes.tsx`) and the actions whose pages it opens. Who sees a section is `can()` over those
 * actions, the same matrix the server checks, so the menu holds no second list of roles.
 */
export const PROGRAMME_SECTIONS = [
  { key: 'overview', to: '/programmes/$programmeId', anyOf: ['participant.list'] },
  { key: 'participants', to: '/programmes/$programmeId/participants', anyOf: ['participant.list'] },
  { key: 'companies', to: '/programmes/$programmeId/companies', anyOf: ['company.read'] },
  { key: 'openings', to: '/programmes/$programmeId/openings', anyOf: ['opening.read'] },
  { key: 'placements', to: '/programmes/$programmeId/placements', anyOf: ['placement.read'] },
  { key: 'matching', to: '/programmes/$programmeId/matchrunder', anyOf: ['matching.read'] },
  { key: 'activities', to: '/programmes/$programmeId/aktiviteter', anyOf: ['activity.read'] },
  // Payroll and the school calendar are reached from the hours page, so they belong to its section.
  { key: 'hours', to: '/programmes/$programmeId/timer', anyOf: ['payroll.export'], also: ['/loen', '/skolekalender'] },
  { key: 'support', to: '/programmes/$programmeId/support-requests', anyOf: ['support.handle'] },
  { key: 'outcomes', to: '/programmes/$programmeId/resultater', anyOf: ['outcomes.read'] },
  { key: 'socialReturn', to: '/programmes/$programmeId/samfundsafkast', anyOf: ['sroi.read'] },
  { key: 'evaluation', to: '/programmes/$programmeId/evaluering', anyOf: ['evaluation.export', 'evaluation.key.manage'] },
  // In-app notices are the user's, not the programme's; staff receive them for the support requests
  // and proposed openings they handle, so the link follows `support.handle`.
  { key: 'messages', to: '/notifikationer', anyOf: ['support.handle'] },
  // Administrators change the settings; coordinators (who read placements) may see them (the page's own check).
  { key: 'settings', to: '/programmes/$programmeId/indstillinger', anyOf: ['programme.update', 'placement.read'] },
] as const satisfies readonly { key: string; to: string; anyOf: readonly Action[]; also?: readonly string[] }[];

export type ProgrammeSection = (typeof PROGRAMME_SECTIONS)[number];
export type SectionKey = ProgrammeSection['key'];

/** The sections this user may open in this programme, in menu order. */
export function sectionsFor(me: Me, programmeId: string): ProgrammeSection[] {
  return PROGRAMME_SECTIONS.filter((s) => s.anyOf.some((action) => can(me, action, programmeId)));
}

/** The programmes in which the user has at least one section: the ones the menu can switch between. */
export function menuProgrammes(me: Me): string[] {
  return programmeIds(me).filter((id) => sectionsFor(me, id).length > 0);
}

/** Is the section scoped to one programme (its path carries the id)? */
export function isProgrammeScoped(section: ProgrammeSection): boolean {
  return section.to.startsWith('/programmes/$programmeId');
}

function within(rest: string, suffix: string): boolean {
  return rest === suffix || rest.startsWith(`${suffix}/`);
}

/**
 * Which section a path lies in, and whether it is the section's own page: the longest section
 * path that is a prefix (by whole segments), so `/openings/x/kandidater` is in openings and
 * `/programmes/x` alone is the overview.
 */
export function locateSection(pathname: string): { key: SectionKey; exact: boolean } | null {
  const path = pathname.replace(/\/+$/, '') || '/';
  const match = /^\/programmes\/[^/]+(\/.*)?$/.exec(path);
  let best: { key: SectionKey; exact: boolean; length: number } | null = null;
  for (const s of PROGRAMME_SECTIONS) {
    if (!isProgrammeScoped(s)) {
      if (within(path, s.to)) return { key: s.key, exact: path === s.to };
      continue;
    }
    if (!match) continue;
    const rest = match[1] ?? '';
    const suffix = s.to.slice('/programmes/$programmeId'.length);
    const suffixes: readonly string[] = ['also' in s ? s.also : [], [suffix]].flat();
    for (const candidate of suffixes) {
      const hit = candidate === '' ? rest === '' : within(rest, candidate);
      if (hit && (!best || candidate.length > best.length)) best = { key: s.key, exact: rest === suffix, length: candidate.length };
    }
  }
  return best && { key: best.key, exact: best.exact };
}
