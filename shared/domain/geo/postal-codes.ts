/**
 * Danish postal codes with one representative coordinate each (see ATTRIBUTION.md for sources and
 * licence). The coordinate is a GeoNames address/area centroid, not the town centre, which suits
 * rough travel estimates better.
 *
 * `parsePostalCodes` is pure; the server reads the shipped file (`dk-postal-codes.csv`) with
 * `loadPostalCodes` in server/lib/postal-codes.ts.
 */

export type PostalCode = {
  /** Four digits, as text. */
  code: string;
  name: string;
  /** Three-digit kommunekode of the district's main municipality, as text. */
  municipalityCode: string;
  /** WGS84 decimal degrees. */
  lat: number;
  lon: number;
};

const REQUIRED_COLUMNS = ['postal_code', 'name', 'municipality_code', 'lat', 'lon'] as const;

/**
 * Parses the CSV by header name, so added or reordered columns do not break it. The file is plain
 * comma-separated with no quoting; a quote character is rejected instead of being misread. Throws
 * with the line number on any malformed row, because a silently dropped postal code would surface
 * much later as "no distance available".
 */
export function parsePostalCodes(csvText: string): Map<string, PostalCode> {
  const lines = csvText.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((column) => column.trim());
  const index = Object.fromEntries(
    REQUIRED_COLUMNS.map((column) => {
      const at = header.indexOf(column);
      if (at < 0) throw new Error(`Postal-code CSV: missing column "${column}" in header`);
      return [column, at];
    }),
  ) as Record<(typeof REQUIRED_COLUMNS)[number], number>;

  const result = new Map<string, PostalCode>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const lineNo = i + 1;
    const fail = (why: string): never => {
      throw new Error(`Postal-code CSV line ${lineNo}: ${why}`);
    };
    if (line.includes('"')) fail('quoted fields are not supported');
    const cells = line.split(',').map((cell) => cell.trim());
    if (cells.length !== header.length) fail(`expected ${header.length} fields, got ${cells.length}`);

    const code = cells[index.postal_code] ?? '';
    const name = cells[index.name] ?? '';
    const municipalityCode = cells[index.municipality_code] ?? '';
    const lat = Number(cells[index.lat]);
    const lon = Number(cells[index.lon]);
    if (!/^\d{4}$/.test(code)) fail(`postal code "${code}" is not 4 digits`);
    if (name === '') fail('empty name');
    if (!/^\d{3}$/.test(municipalityCode)) fail(`municipality code "${municipalityCode}" is not 3 digits`);
    if (cells[index.lat] === '' || !Number.isFinite(lat) || lat < -90 || lat > 90) fail('invalid lat');
    if (cells[index.lon] === '' || !Number.isFinite(lon) || lon < -180 || lon > 180) fail('invalid lon');
    if (result.has(code)) fail(`duplicate postal code ${code}`);

    result.set(code, { code, name, municipalityCode, lat, lon });
  }
  return result;
}
