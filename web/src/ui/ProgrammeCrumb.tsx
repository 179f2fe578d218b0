import { Link } from '@tanstack/react-router';
import { can } from '../access.ts';
import { useSession } from '../components/SessionContext.tsx';
import { useProgrammeName } from './useProgrammeName.ts';

/**
 * The first crumb of a page inside a programme: its name, linking to the overview for those who
 * may open it (the overview lists participants), plain text for the others.
 */
export function ProgrammeCrumb({ programmeId }: { programmeId: string }) {
  const me = useSession();
  const name = useProgrammeName(programmeId);
  if (!can(me, 'participant.list', programmeId)) return <span>{name}</span>;
  return (
    <Link to="/programmes/$programmeId" params={{ programmeId }}>
      {name}
    </Link>
  );
}
