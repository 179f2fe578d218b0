import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { participantsKey, todoQuery } from './api.ts';

/**
 * After any change to a participant, everything cached about the programme's participants (the
 * profile, the list, the to-do list) may be stale: a new talk clears a to-do item, a step change
 * moves someone in a filtered list. Refetching them all is cheap and never shows old data.
 */
export function useRefreshParticipants(programmeId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: participantsKey(programmeId) }),
      queryClient.invalidateQueries({ queryKey: todoQuery(programmeId).queryKey }),
    ]);
  }, [queryClient, programmeId]);
}
