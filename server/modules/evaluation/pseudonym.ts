import { createHmac } from 'node:crypto';

/**
 * A participant's pseudonym under one export key: HMAC-SHA256 of the participant id keyed with the
 * key's secret, cut to 64 bits. Deterministic (same key → same pseudonym on every download, so
 * evaluators can follow people over time) and keyed (without the secret, ids cannot be matched to
 * pseudonyms; two keys give unlinkable pseudonyms). It lives on the server because it is keyed
 * cryptography (Node's own HMAC); the pure dataset builder in `shared/domain/evaluation` takes it
 * as a function.
 */
export function pseudonymFor(secret: string, participantId: string): string {
  return `P${createHmac('sha256', secret).update(participantId, 'utf8').digest('hex').slice(0, 16).toUpperCase()}`;
}
