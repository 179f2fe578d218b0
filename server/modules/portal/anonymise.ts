import type { Tx } from '../../../db/tenant.ts';
import { ANONYMISED, type AnonymiseContribution } from '../../lib/anonymise.ts';
import { enqueue } from '../../lib/jobs.ts';
import { scrubPortalUser } from '../auth/index.ts';
import { unlinkGuardianAccounts } from '../guardians/index.ts';
import { unlinkPortalAccount } from '../people/index.ts';
import { dropPortalMembershipIfUnlinked } from '../programmes/index.ts';
import { dropOpenCodes, linkedUsers } from './repository.ts';

/**
 * Portal access of the person and their guardians ends now: links cut, open codes gone, the
 * participant/guardian membership dropped when nothing else links the account. The account itself
 * (`users`, `sessions`) is scrubbed by the `portal.account.scrub` job ({@link scrubPortalAccount}),
 * because a guardian's account may outlive one child's record. Runs last: it unlinks what the
 * other parts may still read.
 */
export const portalAnonymise: AnonymiseContribution = {
  module: 'portal',
  scrubs: {
    users: { name: 'marker', email: 'empty', username: 'replaced', password_hash: 'null' },
    sessions: { id: 'delete', ip: 'delete', user_agent: 'delete' },
  },
  notPersonal: {
    // Open codes are deleted; a redeemed code's hash identifies nobody once its account is unlinked.
    portal_codes: { code_hash: 'the SHA-256 of a one-time code' },
    users: {
      locale: 'da or en',
      // Never set for portal accounts (TOTP is for staff); the account is disabled anyway.
      totp_secret_enc: 'a staff sign-in credential, not data about the person',
    },
  },
  async run(trx, { programmeId, participantId }) {
    const users = await linkedUsers(trx, programmeId, participantId);
    await unlinkPortalAccount(trx, programmeId, participantId);
    await unlinkGuardianAccounts(trx, programmeId, participantId);
    await dropOpenCodes(trx, programmeId, participantId);
    for (const userId of users) {
      if (await dropPortalMembershipIfUnlinked(trx, programmeId, userId)) await enqueue(trx, 'portal.account.scrub', { userId });
    }
  },
};

/** The deferred half: disables and scrubs a portal account once its last participant/guardian link is gone. */
export function scrubPortalAccount(trx: Tx, userId: string): Promise<boolean> {
  return scrubPortalUser(trx, userId, ANONYMISED);
}
