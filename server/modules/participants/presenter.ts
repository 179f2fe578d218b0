import type { AdultTrack, ParticipantStatus } from '../../../shared/domain/participants/constants.ts';
import type { AttentionReason } from '../../../shared/domain/participants/todo.ts';
import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { Viewer } from '../people/index.ts';
import type { ListRow, WorkAreaRow } from './repository.ts';

export function presentListItem(
  r: ListRow,
  v: Viewer,
  today: string,
  extra: { attention: AttentionReason[]; score: number | null; showInterests: boolean },
) {
  return {
    id: r.id,
    kind: r.kind,
    firstName: r.first_name,
    lastName: r.last_name,
    birthDate: r.birth_date,
    age: ageOn(r.birth_date, today),
    siteId: r.site_id,
    status: r.status as ParticipantStatus,
    step: r.step,
    track: r.track as AdultTrack | null,
    interests: extra.showInterests ? r.interests : [],
    lastContactOn: v.full ? (r.last_talk_on ?? null) : null,
    attention: extra.attention,
    ...(v.seesPriority ? { priority: r.priority } : {}),
    score: extra.score,
  };
}

export function presentWorkArea(w: WorkAreaRow) {
  return { code: w.code, nameDa: w.name_da, nameEn: w.name_en, educationArea: w.education_area as never };
}
