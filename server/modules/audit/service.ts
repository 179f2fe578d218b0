import type { z } from 'zod';
import type { auditQuery } from '../../../shared/schemas/audit.ts';
import type { Ctx } from '../../http/context.ts';
import { requireActor, requireProgrammeAction, systemTx } from '../../lib/access/index.ts';
import { roleAllows } from '../../../shared/domain/access/permissions.ts';
import { errors } from '../../http/errors.ts';
import { recordAudit } from './recorder.ts';
import { deleteOlderThan, eventsAboutPerson, searchEvents } from './repository.ts';
import { presentAuditEvent, presentEventForSubject } from './presenter.ts';
import { nameSubjects } from './subjects.ts';

type AuditQuery = z.infer<typeof auditQuery>;

/**
 * Administrators search their programmes' trail; platform administrators also see events with no
 * programme (failed logins, setup). The search itself is audited with its criteria. Subjects the
 * reader may open are named (participants named are audited as read; see subjects.ts).
 */
export async function searchAudit(ctx: Ctx, query: AuditQuery) {
  const { actor, tx } = requireActor(ctx);
  let programmeIds: string[];
  if (query.programmeId) {
    requireProgrammeAction(ctx, query.programmeId, 'audit.search');
    programmeIds = [query.programmeId];
  } else {
    programmeIds = actor.memberships.filter((m) => roleAllows(m.role, 'audit.search')).map((m) => m.programmeId);
    if (programmeIds.length === 0 && !actor.isPlatformAdmin) throw errors.forbidden('audit.search');
  }
  return tx(async (trx) => {
    const rows = await searchEvents(trx, {
      ...query,
      programmeId: undefined,
      programmeIds,
      includeGlobal: actor.isPlatformAdmin && !query.programmeId,
    });
    const { limit, before, ...criteria } = query;
    await recordAudit(trx, ctx, {
      action: 'search',
      subjectType: 'audit_event',
      programmeId: query.programmeId ?? null,
      details: { criteria },
    });
    const page = rows.slice(0, query.limit);
    const names = await nameSubjects(trx, ctx, actor, page);
    return {
      events: page.map((row) => presentAuditEvent(row, names.get(`${row.subject_type}:${row.subject_id}`) ?? null)),
      nextBefore: rows.length > query.limit ? String(page[page.length - 1]!.id) : null,
    };
  });
}

/** The caller's own access request: events about them, with roles but no staff names. */
export async function myAccessRequest(ctx: Ctx) {
  const { actor, tx } = requireActor(ctx);
  // A person may see every event about themselves, across programmes: system scope, fixed filter.
  const rows = await systemTx(ctx.db, (trx) => eventsAboutPerson(trx, actor.userId));
  await tx((trx) => recordAudit(trx, ctx, { action: 'export', subjectType: 'access_request', subjectPersonId: actor.userId }));
  return { events: rows.map(presentEventForSubject) };
}

/** Scheduled: drops audit events past the configured retention (default 6 months). */
export async function enforceAuditRetention(db: Ctx['db'], days: number): Promise<{ deleted: number }> {
  const deleted = await systemTx(db, (trx) => deleteOlderThan(trx, days));
  return { deleted };
}
