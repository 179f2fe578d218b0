import type { KeyRow } from './repository.ts';

/** A key leaves without its secret: only the server ever uses it. */
export function presentKey(k: KeyRow) {
  return { id: k.id, name: k.name, createdAt: new Date(k.created_at).toISOString() };
}
