import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { LoginStage } from '../../shared/schemas/auth.ts';
import { api } from './api.ts';
import { applyLocale, type Locale, LOCALE_STORAGE_KEY, storedLocale } from './i18n/index.ts';
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
        await forgetEarlierUser(queryClient);
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

/**
 * Everything a person left in this tab except the session itself: every other cached query, every
 * pending mutation, and the tab's storage. Called when a new session starts (login, TOTP, a redeemed
 * portal code), so the next person on a shared office PC never sees the previous one's data.
 */
export async function forgetEarlierUser(queryClient: QueryClient): Promise<void> {
  await queryClient.cancelQueries({ predicate: (q) => q.queryKey[0] !== meQuery.queryKey[0] });
  queryClient.getMutationCache().clear();
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQuery.queryKey[0] });
  clearTabStorage();
}

/**
 * Logging out: the session becomes `null` *in place* and then everything else is forgotten. The
 * header and menu (mounted above every route) observe the `me` query object itself; `clear()` would
 * remove that object from under them, so they kept showing the previous user and their menu until a
 * reload, and the next login filled a new object they never saw (issue #16, item 1).
 */
export async function endSessionInTab(queryClient: QueryClient): Promise<void> {
  await queryClient.cancelQueries({ queryKey: meQuery.queryKey });
  queryClient.setQueryData(meQuery.queryKey, null);
  await forgetEarlierUser(queryClient);
}

/** Session storage holds nothing that outlives a person; of local storage only the device's language choice stays. */
function clearTabStorage() {
  try {
    sessionStorage.clear();
    for (const key of Object.keys(localStorage)) if (key !== LOCALE_STORAGE_KEY) localStorage.removeItem(key);
  } catch {
    // Storage unavailable (private mode): there is nothing in it to clear.
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      await endSessionInTab(queryClient);
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
