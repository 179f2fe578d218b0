import { hmacSha256Hex } from './hmac-sha256.ts';

/**
 * A participant's pseudonym under one export key: HMAC-SHA256 of the participant id keyed with the
 * key's secret, cut to 64 bits. Deterministic (same key → same pseudonym on every download, so
 * evaluators can follow people over time) and keyed (without the secret, ids cannot be matched to
 * pseudonyms; two keys give unlinkable pseudonyms). Pure: no clock, no randomness.
 */
export function pseudonymFor(secret: string, participantId: string): string {
  return `P${hmacSha256Hex(secret, participantId).slice(0, 16).toUpperCase()}`;
}
