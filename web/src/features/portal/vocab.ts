import type { TFunction } from 'i18next';
import { type AvailabilitySlot, DAY_PARTS, WEEKDAYS } from '../../../../shared/domain/participants/constants.ts';
import { ageOn } from '../../../../shared/domain/youth-rules/category.ts';
import type { Locale } from '../../i18n/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import type { PortalPerson, WorkArea } from './api.ts';

/** A guardian's consent only counts for a child under 18 (the server refuses it otherwise). */
export function isMinor(person: Pick<PortalPerson, 'birthDate'>): boolean {
  return ageOn(person.birthDate, copenhagenToday()) < 18;
}

/** "Trin 2 af 4" for youth; the track's plain name for adults; null when there is nothing to say. */
export function ladderLabel(t: TFunction, p: Pick<PortalPerson, 'kind' | 'step' | 'track'>): string | null {
  if (p.kind === 'youth') return p.step ? t('portal.step.stepOf', { step: p.step }) : null;
  return p.track ? t(`portal.tracks.${p.track}`) : null;
}

/** "Man: formiddag, aften · Fre: eftermiddag": the week as one line a phone can show. */
export function availabilitySummary(t: TFunction, slots: readonly AvailabilitySlot[]): string {
  const set = new Set<string>(slots);
  return WEEKDAYS.filter((d) => DAY_PARTS.some((p) => set.has(`${d}-${p}`)))
    .map(
      (d) =>
        `${t(`portal.weekdaysShort.${d}`)}: ${DAY_PARTS.filter((p) => set.has(`${d}-${p}`))
          .map((p) => t(`portal.dayParts.${p}`).toLowerCase())
          .join(', ')}`,
    )
    .join(' · ');
}

export function workAreaName(areas: readonly WorkArea[] | undefined, code: string, locale: Locale): string {
  const area = areas?.find((a) => a.code === code);
  if (!area) return code;
  return locale === 'en' ? area.nameEn : area.nameDa;
}
