import { beforeAll, describe, expect, it } from 'vitest';
import { loadVocabulary, scanText, type Vocabulary } from './text-scan.ts';

let vocabulary: Vocabulary;
beforeAll(async () => {
  vocabulary = await loadVocabulary();
});

const values = (text: string, locale: 'da' | 'en' = 'da') => scanText(text, locale, vocabulary).map((f) => `${f.kind}:${f.value}`);

describe('the text scan of the browser suite', () => {
  it('derives its vocabulary from the catalogues and the enums in shared/', () => {
    expect(vocabulary.keys.has('placements.mentorHours.hours')).toBe(true); // the base of hours_one/hours_other
    expect(vocabulary.namespaces.has('placements')).toBe(true);
    for (const code of ['public_transport', 'flex-job', 'intake', 'bike', 'cash_benefit']) expect(vocabulary.codes, code).toContain(code);
  });

  it('finds a raw i18n key, also one no catalogue holds', () => {
    expect(values('Timer: placements.mentorHours.hours')).toEqual(['raw-key:placements.mentorHours.hours']);
    expect(values('Hours: hours.week.notThere.', 'en')).toEqual(['raw-key:hours.week.notThere']);
  });

  it('finds raw enum codes: compound ones in both languages, single words in Danish', () => {
    expect(values('Transport: bike, public_transport (flex-job)')).toEqual([
      'raw-code:bike',
      'raw-code:public_transport',
      'raw-code:flex-job',
    ]);
    expect(values('Travel: bike, public_transport', 'en')).toEqual(['raw-code:public_transport']);
    expect(values('match_round: 1', 'en')).toEqual(['raw-code:match_round']);
  });

  it('lets Danish words that are also codes stand', () => {
    expect(values('Giv en time til et job på portal')).toEqual([]);
  });

  it('finds a count of one with the plural noun of a counted text', () => {
    expect(vocabulary.plurals.da).toContain('pladser');
    expect(values('Der er 1 pladser og 21 pladser, 1 plads og 1 forløb')).toEqual(['plural:1 pladser']);
    expect(values('1 places left, 1 place taken', 'en')).toEqual(['plural:1 places']);
  });

  it('finds decimal points in Danish, not in English', () => {
    expect(values('Timer i alt 7.5 og score 80.63')).toEqual(['decimal-point:7.5', 'decimal-point:80.63']);
    expect(values('Kl. 10.00–12:00')).toEqual(['decimal-point:10.00']);
    expect(values('Hours 7.5, score 80.63', 'en')).toEqual([]);
  });

  it('does not flag Danish dates, thousands groups, decimal commas, addresses or file names', () => {
    expect(
      values(
        'Mødet 3.12.2026 kl. 10:00, senest 03.12.26. Beløb 1.234,50 kr. og 12.345.678 kr. Se https://jobbro.example/a.b.c, skriv til kim@example.test eller 127.0.0.1:3000 og læs kpis.md',
      ),
    ).toEqual([]);
  });
});
