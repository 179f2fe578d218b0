import { describe, expect, it } from 'vitest';
import { parsePostalCodes } from './postal-codes.ts';

const HEADER = 'postal_code,name,municipality_code,lat,lon,source';

describe('parsePostalCodes', () => {
  it('parses rows into a map keyed by code, keeping codes as text', () => {
    const csv = `${HEADER}\n1050,København K,101,55.6806,12.5857,geonames-postal\n4600,Køge,259,55.4624,12.1696,geonames-postal\n`;
    const codes = parsePostalCodes(csv);
    expect(codes.size).toBe(2);
    expect(codes.get('4600')).toEqual({ code: '4600', name: 'Køge', municipalityCode: '259', lat: 55.4624, lon: 12.1696 });
    expect(codes.get('1050')?.name).toBe('København K');
  });

  it('tolerates a BOM, CRLF line endings, blank lines and reordered columns', () => {
    const csv = '\uFEFFlat,lon,name,postal_code,municipality_code\r\n55.6513,12.0958,Roskilde,4000,265\r\n\r\n';
    expect(parsePostalCodes(csv).get('4000')).toEqual({
      code: '4000',
      name: 'Roskilde',
      municipalityCode: '265',
      lat: 55.6513,
      lon: 12.0958,
    });
  });

  it.each([
    ['a missing column', 'postal_code,name,lat,lon\n4000,Roskilde,55.6,12.1', /missing column "municipality_code"/],
    ['a short row', `${HEADER}\n4000,Roskilde,265,55.6`, /line 2: expected 6 fields/],
    ['a 3-digit code', `${HEADER}\n400,Roskilde,265,55.6,12.1,x`, /line 2: postal code "400"/],
    ['a bad municipality', `${HEADER}\n4000,Roskilde,26,55.6,12.1,x`, /municipality code "26"/],
    ['a non-numeric lat', `${HEADER}\n4000,Roskilde,265,north,12.1,x`, /invalid lat/],
    ['an empty lon', `${HEADER}\n4000,Roskilde,265,55.6,,x`, /invalid lon/],
    ['an out-of-range lat', `${HEADER}\n4000,Roskilde,265,95,12.1,x`, /invalid lat/],
    ['a duplicate', `${HEADER}\n4000,Roskilde,265,55.6,12.1,x\n4000,Roskilde,265,55.6,12.1,x`, /line 3: duplicate/],
    ['a quoted field', `${HEADER}\n4000,"Roskilde",265,55.6,12.1,x`, /quoted fields/],
    ['an empty name', `${HEADER}\n4000,,265,55.6,12.1,x`, /empty name/],
  ])('rejects %s', (_label, csv, error) => {
    expect(() => parsePostalCodes(csv)).toThrow(error);
  });
});
