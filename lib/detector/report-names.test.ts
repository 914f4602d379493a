import { describe, expect, it } from 'vitest';
import catalog from '../../dataset/reports.json';
import { detect } from './index';

describe('report names', () => {
  it('recognises every symbol and alias of the reports catalog', () => {
    for (const report of catalog.reports) {
      for (const name of [...report.symbols, ...Object.values(report.aliases).flat()]) {
        const { mentions } = detect(`See ${name}, para 5.`);
        expect(mentions.map((mention) => mention.report), name).toEqual([report.id]);
      }
    }
  });

  it('reads ordinals and version words in six languages', () => {
    const named = (text: string) => detect(text).mentions.map(({ report, version }) => `${report}${version ? `@${version}` : ''}`);
    expect(named('the third annual progress report, the 2nd APR, APR1, the Final Report')).toEqual(['apr3', 'apr2', 'apr1', 'final']);
    expect(named('le deuxième rapport annuel d’activité, el primer informe anual, в третьем ежегодном докладе')).toEqual(['apr2', 'apr1', 'apr3']);
    expect(named('el 1.º informe anual de progreso; el 2º informe anual; el 3er informe anual')).toEqual(['apr1', 'apr2', 'apr3']);
    expect(named('التقرير المرحلي السنوي الثاني، 第一份年度进展报告, 最终报告')).toEqual(['apr2', 'apr1', 'final']);
    expect(named('the Zero Draft of the 3rd APR; Rev.1 of the Final Report; the 3rd APR (Rev 2)')).toEqual(['apr3@zero', 'final@rev1', 'apr3@rev2']);
  });

  it('leaves dates and other bodies’ reports alone', () => {
    expect(detect('On Apr 3 2024, the final report of the Secretary-General and the GGE final report of 2015.').mentions).toEqual([]);
    expect(detect('le rapport final du Groupe d’experts gouvernementaux; el informe final del Grupo de Expertos').mentions).toEqual([]);
  });
});
