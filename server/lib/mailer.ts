import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import da from '../../shared/i18n/mail.da.json' with { type: 'json' };
import en from '../../shared/i18n/mail.en.json' with { type: 'json' };
import type { Config } from '../config.ts';

export type Locale = 'da' | 'en';
export type MailTemplate =
  'invitation' | 'passwordReset' | 'openingProposed' | 'openingApproved' | 'openingRejected' | PlacementMailTemplate;
/**
 * Notices (server/modules/notifications): each is also an in-app notification kind, its subject the title. The
 * `youth*` texts speak to the youth ("du"), the `guardian*` texts name the child.
 */
export const PLACEMENT_MAIL_TEMPLATES = [
  'placementProposed',
  'placementStatusChanged',
  'followUpDue',
  'supportRequestRaised',
  'supportRequestBreached',
  'contractEnding',
  'supportRequestAnswered',
  ...(['Proposal', 'Interview', 'Agreement', 'JobStarts', 'JobEnds', 'ShiftRejected', 'ActivityInvited'] as const).flatMap(
    (e) => [`youth${e}`, `guardian${e}`] as const,
  ),
  'guardianSafetyRequest',
] as const;
export type PlacementMailTemplate = (typeof PLACEMENT_MAIL_TEMPLATES)[number];
const catalogues = { da, en } as const;

export interface Mail {
  to: string;
  /** Which catalogue message this is; the only thing logged when SMTP_URL is unset. */
  template?: MailTemplate;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** Renders a catalogue message; unknown placeholders stay visible so a missing value is noticed. */
export function renderMail(template: MailTemplate, locale: Locale, vars: Record<string, string | number>): Omit<Mail, 'to'> {
  const entry = catalogues[locale][template];
  const fill = (s: string) => s.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
  return { subject: fill(entry.subject), text: fill(entry.body) };
}

export function roleName(role: string, locale: Locale): string {
  return (catalogues[locale].roles as Record<string, string>)[role] ?? role;
}

/**
 * SMTP when SMTP_URL is set. Without it the log says only that a mail was not sent and which
 * template it was: bodies carry names, CPR-adjacent details and bearer links (invitations, password
 * resets), and a log is no place for either. The first-run setup link is printed at start-up instead.
 */
export function createMailer(config: Config, log: FastifyBaseLogger): Mailer {
  if (!config.SMTP_URL) {
    return {
      async send(mail) {
        log.info({ mail: { template: mail.template ?? 'unknown' } }, 'E-mail not sent: SMTP_URL is unset');
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport(config.SMTP_URL);
  return {
    async send(mail) {
      await transport.sendMail({ from: config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
