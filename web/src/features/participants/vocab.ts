import type { TFunction } from 'i18next';
import { ADULT_TRACKS, type AvailabilitySlot, DAY_PARTS, WEEKDAYS } from '../../../../shared/domain/participants/constants.ts';
import type { Locale } from '../../i18n/index.ts';
import type { WorkArea } from './api.ts';

/** "Trin 2 af 4" for youth, the track's name for adults, "Intet spor" when an adult has none. */
export function ladderLabel(t: TFunction, p: { kind: 'youth' | 'adult'; step: number | null; track: string | null }): string {
  if (p.kind === 'youth') return p.step ? t('participants.stepOf', { step: p.step }) : '–';
  return p.track ? t(`participants.tracks.${p.track}`) : t('participants.noTrack');
}

/** Timeline labels are machine codes: 'step:2', 'track:job' or 'track:none', a talk kind, a purpose or a relation. */
export function timelineLabel(t: TFunction, type: string, label: string): string {
  if (type === 'ladder') {
    const [what, value = ''] = label.split(':');
    if (what === 'step' && /^\d$/.test(value)) return t('participants.stepOf', { step: Number(value) });
    if (what === 'track')
      return (ADULT_TRACKS as readonly string[]).includes(value) ? t(`participants.tracks.${value}`) : t('participants.noTrack');
  }
  const group = { talk: 'talkKinds', consent_given: 'purposes', consent_revoked: 'purposes', guardian_added: 'relations' }[type];
  if (group) return t(`participants.${group}.${label}`, { defaultValue: label });
  return label;
}

export function workAreaName(areas: readonly WorkArea[] | undefined, code: string, locale: Locale): string {
  const area = areas?.find((a) => a.code === code);
  if (!area) return code;
  return locale === 'en' ? area.nameEn : area.nameDa;
}

/** "Man: formiddag, aften · Tir: eftermiddag": the availability grid as one readable line. */
export function availabilitySummary(t: TFunction, slots: readonly AvailabilitySlot[]): string {
  if (slots.length === 0) return t('participants.none');
  const set = new Set<string>(slots);
  return WEEKDAYS.filter((d) => DAY_PARTS.some((p) => set.has(`${d}-${p}`)))
    .map(
      (d) =>
        `${t(`participants.weekdaysShort.${d}`)}: ${DAY_PARTS.filter((p) => set.has(`${d}-${p}`))
          .map((p) => t(`participants.dayParts.${p}`).toLowerCase())
          .join(', ')}`,
    )
    .join(' · ');
}

export function fullName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`.trim();
}
