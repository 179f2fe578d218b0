import { PLACEMENT_MAIL_TEMPLATES, renderMail, type Locale, type PlacementMailTemplate } from '../../lib/mailer.ts';
import type { NotificationRow } from './repository.ts';

function isTemplate(kind: string): kind is PlacementMailTemplate {
  return (PLACEMENT_MAIL_TEMPLATES as readonly string[]).includes(kind);
}

/** The title is the mail subject in the reader's language, so in-app and e-mail say the same. */
export function presentNotification(n: NotificationRow, locale: Locale) {
  return {
    id: n.id,
    programmeId: n.programme_id,
    kind: n.kind,
    title: isTemplate(n.kind) ? renderMail(n.kind, locale, n.vars).subject : n.kind,
    subjectType: n.subject_type,
    subjectId: n.subject_id,
    safety: n.safety,
    createdAt: new Date(n.created_at).toISOString(),
    readAt: n.read_at === null ? null : new Date(n.read_at).toISOString(),
  };
}
