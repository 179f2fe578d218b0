import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/400-italic.css';
import '@fontsource/ibm-plex-sans/600.css';
import '@fontsource/ibm-plex-sans/700.css';
import './ui/styles.ts';
import './i18n/index.ts';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, type ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api.ts';
import { meQuery } from './queries.ts';
import { createAppRouter } from './router.tsx';

/**
 * A session that ends mid-use (expiry, logout elsewhere) sends the user back to the login page; a
 * session that still owes its second factor goes back through the guards, which know the step.
 */
function onError(error: unknown) {
  if (!(error instanceof ApiError) || error.status !== 401) return;
  if (error.code === 'unauthenticated') {
    queryClient.setQueryData(meQuery.queryKey, null);
    void router.navigate({ to: '/login' });
  } else if (error.code === 'mfa_required') {
    void queryClient.invalidateQueries({ queryKey: meQuery.queryKey }).then(() => router.navigate({ to: '/' }));
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // Client errors (4xx) will not change on retry; only transient failures are retried.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const router = createAppRouter(queryClient);

/**
 * React Aria's own words (a select's empty "Select an item", list announcements) and its number and
 * date formats follow the UI language, so a Danish page never speaks English to a screen reader.
 */
function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <I18nProvider locale={i18n.resolvedLanguage === 'en' ? 'en-GB' : 'da-DK'}>{children}</I18nProvider>;
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AriaLocale>
        <RouterProvider router={router} />
      </AriaLocale>
    </QueryClientProvider>
  </StrictMode>,
);
