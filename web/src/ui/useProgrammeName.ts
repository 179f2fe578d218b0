import { useQuery } from '@tanstack/react-query';
import { useSession } from '../components/SessionContext.tsx';
import { programmeQuery } from '../queries.ts';

/** The programme's name from the session when the user is a member, else from the API. */
export function useProgrammeName(programmeId: string): string {
  const me = useSession();
  const fromSession = me.memberships.find((m) => m.programmeId === programmeId)?.programmeName;
  const programme = useQuery({ ...programmeQuery(programmeId), enabled: !fromSession });
  return fromSession ?? programme.data?.name ?? '';
}
