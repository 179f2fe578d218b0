import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type Action } from '../../shared/domain/access/permissions.ts';
import { ROLES, type Role } from '../../shared/domain/access/roles.ts';
import type { Me } from '../../shared/schemas/auth.ts';
import { can, canManageProgrammes, canSearchAudit, invitableRoles } from './access.ts';
import { canManageParticipants, canReadParticipants, isCoordinatorOf } from './features/participants/access.ts';

const P = '00000000-0000-4000-8000-000000000001';

function me(roles: Role[], isPlatformAdmin: boolean): Me {
  return {
    stage: 'full',
    user: { id: 'u', name: 'Ada', email: 'ada@example.test', locale: 'da', isPlatformAdmin, totpEnabled: true },
    memberships: roles.map((role) => ({ programmeId: P, programmeName: 'Testby', role, organisationId: null })),
  };
}

/**
 * The web's checks decide what is shown; the server's `requireProgrammeAction` decides what is
 * allowed, by programme role only. When they disagreed, the platform administrator saw the
 * evaluation download buttons and got a 403 (issue #16, item 4).
 */
describe('web access mirrors the server', () => {
  it('grants a programme action by a role in the programme, never for being the platform administrator', () => {
    for (const action of Object.keys(PERMISSIONS) as Action[]) {
      for (const roles of [[], ...ROLES.map((r) => [r])] as Role[][]) {
        const expected = roles.some((r) => (PERMISSIONS[action] as readonly Role[]).includes(r));
        expect(can(me(roles, true), action, P), `${action} as platform admin with ${roles.join(',') || 'no role'}`).toBe(expected);
        expect(can(me(roles, false), action, P)).toBe(expected);
      }
    }
  });

  it('shows the platform administrator who runs a programme its keys, not the evaluators’ download', () => {
    const ada = me(['administrator'], true);
    expect(can(ada, 'evaluation.key.manage', P)).toBe(true);
    expect(can(ada, 'evaluation.export', P)).toBe(false);
  });

  it('keeps what the server gives the platform administrator without a programme role', () => {
    const admin = me([], true);
    expect(canManageProgrammes(admin)).toBe(true);
    expect(canSearchAudit(admin)).toBe(true);
    expect(invitableRoles(admin, P)).toEqual([]);
    expect(canReadParticipants(admin, P)).toBe(false);
    expect(canManageParticipants(admin, P)).toBe(false);
    expect(isCoordinatorOf(admin, P)).toBe(false);
  });
});
