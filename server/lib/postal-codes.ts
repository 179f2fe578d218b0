import { readFileSync } from 'node:fs';
import { parsePostalCodes, type PostalCode } from '../../shared/domain/geo/postal-codes.ts';

let cached: ReadonlyMap<string, PostalCode> | undefined;

/**
 * The shipped postal-code table (shared/domain/geo/dk-postal-codes.csv), read and parsed on first use
 * and reused afterwards (about 1,100 rows). It lives on the server because it reads a file: the
 * parser and the distance maths in shared/domain stay pure, so the web app can use them too.
 */
export function loadPostalCodes(): ReadonlyMap<string, PostalCode> {
  cached ??= parsePostalCodes(readFileSync(new URL('../../shared/domain/geo/dk-postal-codes.csv', import.meta.url), 'utf8'));
  return cached;
}
