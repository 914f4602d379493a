import { describe, expect, it } from 'vitest';
import { datesIn, readDocumentVersion, versionFromWords } from './document-version';
import { languageOf } from './document-language';
import { symbolIn, versionsOf } from './report-catalog';

const APR3 = versionsOf('apr3');

describe('the version a document says it is', () => {
  it('reads the first page before the symbol, and says when they disagree', () => {
    const firstPage = 'Lantern Working Group 2030–2034 Eighth session Zero Draft Third annual lantern report';
    expect(readDocumentVersion(firstPage, 'adopted', APR3)).toEqual({ version: 'zero', fromWords: 'zero', fromSymbol: 'adopted', conflict: true });
    expect(readDocumentVersion('Report of the Group', 'adopted', APR3)).toEqual({ version: 'adopted', fromWords: null, fromSymbol: 'adopted', conflict: false });
  });

  it('reads zero drafts, revisions and plain drafts in several languages', () => {
    expect(versionFromWords('Avant-projet du troisième rapport')).toBe('zero');
    expect(versionFromWords('Нулевой проект третьего доклада')).toBe('zero');
    expect(versionFromWords('第三次年度进展报告零草案')).toBe('zero');
    expect(versionFromWords('A/AC.292/2024/CRP.1/Rev.2 Revised draft')).toBe('rev2');
    expect(versionFromWords('Projet révisé du rapport')).toBe('rev1');
    // "Draft … report" with no revision named: the report's one draft.
    expect(versionFromWords('Draft Third annual progress report', APR3)).toBe('zero');
    expect(versionFromWords('Проект третьего ежегодного доклада', APR3)).toBe('zero');
    expect(versionFromWords('Report of the Group on its eighth session', APR3)).toBeNull();
  });

  it('reads a version from the day its first page prints', () => {
    expect(datesIn('New York, 12 July 2024 and 3 juillet 2025, 2024-06-01, 2024年7月12日')).toEqual(['2024-07-12', '2025-07-03', '2024-06-01', '2024-07-12']);
    expect(versionFromWords('Report of the Group, 12 July 2024', APR3)).toBe('adopted');
  });
});

describe('document facts', () => {
  it('tells the six languages apart', () => {
    expect(languageOf('The Group met and agreed that the gardens of the city')).toBe('en');
    expect(languageOf('Le Groupe a noté que les jardins et les allées pour une ville')).toBe('fr');
    expect(languageOf('El Grupo señaló que los jardines y las calles para una ciudad')).toBe('es');
    expect(languageOf('Группа провела четыре встречи')).toBe('ru');
    expect(languageOf('اجتمع الفريق أربع مرات')).toBe('ar');
    expect(languageOf('工作组举行了四次会议')).toBe('zh');
  });

  it('finds the report\'s symbol on a page, whole', () => {
    expect(symbolIn('Distr.: General A/AC.292/2024/CRP.1 Original: English', 'apr3')).toBe('A/AC.292/2024/CRP.1');
    expect(symbolIn('A/79/2140', 'apr3')).toBeNull();
  });
});
