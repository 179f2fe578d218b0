import { queryOptions } from '@tanstack/react-query';
import type { PlacementSettings, ProgrammeSettings } from '../../../../shared/schemas/programme-settings.ts';
import type { NotificationPreferences } from '../../../../shared/schemas/notifications.ts';
import type { MentorCosts } from '../../../../shared/schemas/placements.ts';
import { api } from '../../api.ts';

export type { PlacementSettings, ProgrammeSettings, MentorCosts, NotificationPreferences };

const enc = encodeURIComponent;

/** The settings, preferences and cost-report endpoints, kept apart from the placement ones in `api.ts`. */
export const settingsPaths = {
  programmeSettings: (p: string) => `/api/programmes/${enc(p)}/settings`,
  placementSettings: (p: string) => `/api/programmes/${enc(p)}/settings/placements`,
  mentorCosts: (p: string) => `/api/programmes/${enc(p)}/mentor-costs`,
  preferences: () => '/api/me/notification-preferences',
};

export const settingsKeys = {
  settings: (p: string) => ['programmes', p, 'settings'] as const,
  preferences: ['me', 'notification-preferences'] as const,
};

export const programmeSettingsQuery = (p: string) =>
  queryOptions({
    queryKey: [...settingsKeys.settings(p), 'participants'],
    queryFn: () => api.get<ProgrammeSettings>(settingsPaths.programmeSettings(p)),
  });

export const placementSettingsQuery = (p: string) =>
  queryOptions({
    queryKey: [...settingsKeys.settings(p), 'placements'],
    queryFn: () => api.get<PlacementSettings>(settingsPaths.placementSettings(p)),
  });

export const mentorCostsQuery = (p: string, period: { from?: string; to?: string }) =>
  queryOptions({
    queryKey: ['programmes', p, 'mentor-costs', period],
    queryFn: () => api.get<MentorCosts>(settingsPaths.mentorCosts(p), period),
  });

export const preferencesQuery = queryOptions({
  queryKey: settingsKeys.preferences,
  queryFn: () => api.get<NotificationPreferences>(settingsPaths.preferences()),
});
