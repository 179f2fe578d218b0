import type { ReactNode } from 'react';
import { Forbidden } from './Forbidden.tsx';

/**
 * Shows the page only to users whose roles allow it, else the "no access" page. The check is the
 * caller's (`can(me, 'x', programmeId)` from the feature's access.ts): the gate only decides what to
 * render; the server refuses the request anyway. `fallback` replaces the page for inline parts.
 */
export function PermissionGate({ allowed, children, fallback }: { allowed: boolean; children: ReactNode; fallback?: ReactNode }) {
  if (allowed) return <>{children}</>;
  return <>{fallback === undefined ? <Forbidden /> : fallback}</>;
}
