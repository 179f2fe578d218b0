import { z } from 'zod';
import { ROLES } from '../domain/access/roles.ts';
import { email, password, uuid } from './common.ts';

export const loginStage = z.enum(['full', 'totp_required', 'totp_setup_required']);
export type LoginStage = z.infer<typeof loginStage>;

/**
 * The login field takes an e-mail address or, for portal accounts without one (youth often have
 * no e-mail), the login name chosen when redeeming a portal code. The key stays `email` so
 * existing clients keep working.
 */
export const loginName = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(254)
  .refine((v) => (v.includes('@') ? z.email().safeParse(v).success : /^[a-z0-9][a-z0-9._-]{2,39}$/.test(v)), { error: 'login_format' });
export const loginBody = z.object({ email: loginName, password: z.string().min(1).max(256) });
export const loginResponse = z.object({ stage: loginStage });

export const totpCodeBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'totp_format' }),
});
export const totpSetupResponse = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });

export const membership = z.object({
  programmeId: uuid,
  programmeName: z.string(),
  role: z.enum(ROLES),
  organisationId: uuid.nullable(),
});
export const meResponse = z.object({
  stage: loginStage,
  user: z.object({
    id: uuid,
    name: z.string(),
    email: z.string(),
    locale: z.enum(['da', 'en']),
    isPlatformAdmin: z.boolean(),
    totpEnabled: z.boolean(),
  }),
  memberships: z.array(membership),
});
export type Me = z.infer<typeof meResponse>;

export const passwordResetRequestBody = z.object({ email });
export const passwordResetConfirmBody = z.object({ token: z.string().min(20).max(200), password });

export const localeBody = z.object({ locale: z.enum(['da', 'en']) });
