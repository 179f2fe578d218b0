import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { LoginStage } from '../../shared/schemas/auth.ts';
import { api } from './api.ts';
import { applyLocale, type Locale, storedLocale } from './i18n/index.ts';
import { meQuery } from './queries.ts';

/** Where each login stage continues. */
export const STAGE_PATHS = {
  full: '/',
  totp_required: '/login/totp',
  totp_setup_required: '/login/totp-setup',
} as const satisfies Record<LoginStage, string>;

/**
 * After any step that changes the session (login, TOTP, invitation), reload `me` before navigating
 * so the route guards judge the new session, not the cached old one.
 */
export function useContinueLogin() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (stage: LoginStage) => {
      const me = await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
      if (stage === 'full') {
        queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
        if (me) await applyLocaleFromServer(me.user.locale);
      }
      await navigate({ to: STAGE_PATHS[stage] });
    },
    [navigate, queryClient],
  );
}

/** The server's saved locale wins unless this device has an explicit choice. */
async function applyLocaleFromServer(locale: Locale) {
  if (!storedLocale()) await applyLocale(locale, false);
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, null);
      await navigate({ to: '/login' });
    }
  }, [navigate, queryClient]);
}

export function useChangeLocale() {
  const queryClient = useQueryClient();
  return useCallback(
    async (locale: Locale) => {
      await applyLocale(locale, true);
      const me = queryClient.getQueryData(meQuery.queryKey);
      if (me?.stage === 'full') {
        // Best effort: e-mails and other server-rendered text follow this choice.
        api.post('/api/me/locale', { locale }).catch(() => undefined);
      }
    },
    [queryClient],
  );
}
