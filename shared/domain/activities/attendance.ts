/**
 * When attendance can be taken for a session: from the session's own day on (Copenhagen dates,
 * 'YYYY-MM-DD'). Marks for a session that has not happened yet would be made up, so they are
 * refused with a reason that says so; the morning of the session is allowed, so people can be
 * ticked off as they arrive.
 */
export function attendanceDateRefusal(sessionDay: string, today: string): 'session_not_held_yet' | null {
  return sessionDay > today ? 'session_not_held_yet' : null;
}
