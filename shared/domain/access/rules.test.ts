import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INVITABLE_ROLES } from './permissions.ts';
import { ROLES, type Role } from './roles.ts';
import { invitableRoles, mayListOrganisations, usesEmployerPortal, usesPortal } from './rules.ts';

const m = (...roles: Role[]) => roles.map((role) => ({ role }));

describe('invitableRoles', () => {
  it('lets coordinators invite below administrator only', () => {
    expect(invitableRoles(['coordinator'])).not.toContain('administrator');
    expect(invitableRoles(['administrator'])).toContain('administrator');
    expect(invitableRoles(['caseworker'])).toEqual([]);
  });

  it('is the union of what each held role may grant, in ROLES order', () => {
    fc.assert(
      fc.property(fc.subarray([...ROLES]), (held) => {
        const out = invitableRoles(held);
        expect(out).toEqual(ROLES.filter((r) => held.some((h) => INVITABLE_ROLES[h].includes(r))));
      }),
    );
  });
});

describe('mayListOrganisations', () => {
  it('allows staff and the platform administrator, nobody else', () => {
    expect(mayListOrganisations({ isPlatformAdmin: true, memberships: [] })).toBe(true);
    expect(mayListOrganisations({ isPlatformAdmin: false, memberships: m('caseworker') })).toBe(true);
    expect(mayListOrganisations({ isPlatformAdmin: false, memberships: m('funder', 'mentor') })).toBe(false);
  });
});

describe('portals', () => {
  it('lets participants and guardians use the portal', () => {
    expect(usesPortal({ memberships: m('guardian') })).toBe(true);
    expect(usesPortal({ memberships: m('coordinator') })).toBe(false);
  });

  it('lets employer contacts use the employer portal, mentors not', () => {
    expect(usesEmployerPortal({ memberships: m('employer_contact') })).toBe(true);
    expect(usesEmployerPortal({ memberships: m('mentor') })).toBe(false);
  });
});
