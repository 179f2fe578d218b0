import { useQuery } from '@tanstack/react-query';
import { Outlet } from '@tanstack/react-router';
import { createContext, useContext } from 'react';
import type { Me } from '../../../shared/schemas/auth.ts';
import { meQuery } from '../queries.ts';

const SessionContext = createContext<Me | null>(null);

/**
 * Layout of every logged-in page. The route guard has already loaded a full session; rendering
 * nothing when it disappears (logout, expiry) avoids a flash of a page without a user.
 */
export function AuthedOutlet() {
  const { data: me } = useQuery(meQuery);
  if (!me || me.stage !== 'full') return null;
  return (
    <SessionContext value={me}>
      <Outlet />
    </SessionContext>
  );
}

/** The logged-in user; only valid below `AuthedOutlet`. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession outside a logged-in route');
  return me;
}
