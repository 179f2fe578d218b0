-- Issue #13: a young person (or, under 15, their guardian) may take back their own "Nej tak" until the
-- coordinator has acted on it. The undo is a step of its own in the placement's history, so the
-- history still shows the no and when it was taken back.
ALTER TABLE placement_events DROP CONSTRAINT placement_events_action_check;
ALTER TABLE placement_events ADD CONSTRAINT placement_events_action_check
  CHECK (action IN ('propose','accept','invite','offer','agree','activate','complete','end_early','decline','flag_stale','undo_decline'));
