import { describe, expect, it } from 'vitest';
import type { ReportId } from '../paragraph-key';
import { detect, detectReferences, paragraphKeyOf, type DetectContext } from './index';

/** What a text is read as: each reference's key ("apr3:29e"; "other:3" for another document's; "?:h" for a lone sub-paragraph). */
function keys(text: string, context: DetectContext = {}): string[] {
  return detectReferences(text, context).map((ref) => paragraphKeyOf(ref) ?? (ref.report === 'other' ? `other:${ref.para}${ref.sub ?? ''}` : `?:${ref.sub}`));
}

function surfaces(text: string, context: DetectContext = {}): string[] {
  return detectReferences(text, context).map((ref) => ref.surface);
}

const apr3: DetectContext = { report: 'apr3' };

describe('paragraph words and sub-paragraphs, in six languages', () => {
  const cases: [string, string, string][] = [
    ['para 29 e', 'para 29 e', 'apr3:29e'],
    ['para. 29(e)', 'para. 29(e)', 'apr3:29e'],
    ['paragraph 29 (e)', 'paragraph 29 (e)', 'apr3:29e'],
    ['paragraph 29.e', 'paragraph 29.e', 'apr3:29e'],
    ['paragraph 29e.', 'paragraph 29e', 'apr3:29e'],
    ['paragraph 30 (iv)', 'paragraph 30 (iv)', 'apr3:30iv'],
    ['OP 5', 'OP 5', 'apr3:5'],
    ['operative paragraph 5', 'operative paragraph 5', 'apr3:5'],
    ['PP3', 'PP3', 'apr3:3'],
    ['§ 12', '§ 12', 'apr3:12'],
    ['¶ 12', '¶ 12', 'apr3:12'],
    ['Paragraph No. 18', 'Paragraph No. 18', 'apr3:18'],
    ['sub-paragraph (c) of paragraph 50', 'sub-paragraph (c) of paragraph 50', 'apr3:50c'],
    ['le paragraphe 29 e)', 'paragraphe 29 e)', 'apr3:29e'],
    ['au par. 15', 'par. 15', 'apr3:15'],
    ["l'alinéa c) du paragraphe 50", 'alinéa c) du paragraphe 50', 'apr3:50c'],
    ['el párrafo 29 e)', 'párrafo 29 e)', 'apr3:29e'],
    ['el párr. 15', 'párr. 15', 'apr3:15'],
    ['el apartado c) del párrafo 50', 'apartado c) del párrafo 50', 'apr3:50c'],
    ['пункт 29 e)', 'пункт 29 e)', 'apr3:29e'],
    ['п. 15', 'п. 15', 'apr3:15'],
    ['подпункт c) пункта 50', 'подпункт c) пункта 50', 'apr3:50c'],
    ['الفقرة 29 (هـ)', 'الفقرة 29 (هـ)', 'apr3:29e'],
    ['الفقرة الفرعية (ج) من الفقرة 50', 'الفقرة الفرعية (ج) من الفقرة 50', 'apr3:50c'],
    ['第29段', '第29段', 'apr3:29'],
    ['第29(e)段', '第29(e)段', 'apr3:29e'],
  ];
  for (const [text, surface, key] of cases) {
    it(text, () => {
      expect(surfaces(text, apr3)).toEqual([surface]);
      expect(keys(text, apr3)).toEqual([key]);
    });
  }

  it('maps Arabic letters in abjad order and Cyrillic look-alikes to Latin labels', () => {
    expect(keys('الفقرة 5 (أ) و(ب) و(ج) و(د)', apr3)).toEqual(['apr3:5a', 'apr3:5b', 'apr3:5c', 'apr3:5d']);
    expect(keys('الفقرة 5 (ح)، والفقرة 6 (ط)', apr3)).toEqual(['apr3:5h', 'apr3:6i']);
    expect(keys('пункт 29 е)', apr3)).toEqual(['apr3:29e']); // a Cyrillic е typed for e
    expect(keys('пункт 29 д)', apr3)).toEqual(['apr3:29']); // д is no label
  });

  it('reads Arabic-Indic and full-width digits, non-breaking spaces and line breaks', () => {
    expect(keys('الفقرة ٢٩ (هـ)', apr3)).toEqual(['apr3:29e']);
    expect(keys('第２９（ｅ）段', apr3)).toEqual(['apr3:29e']);
    expect(keys('para\u00a029\u202fe', apr3)).toEqual(['apr3:29e']);
    expect(keys('paragraph\n29\n(e)', apr3)).toEqual(['apr3:29e']);
  });
});

describe('lists and ranges: one entry per paragraph', () => {
  it('gives the first item the paragraph word and each later item its own number', () => {
    const refs = detectReferences('paras 3 and 5 of the 3rd APR');
    expect(refs.map((ref) => [ref.surface, paragraphKeyOf(ref), ref.list])).toEqual([
      ['paras 3', 'apr3:3', true],
      ['5', 'apr3:5', true],
    ]);
    expect(surfaces('paragraphs 3, 5 and 7', apr3)).toEqual(['paragraphs 3', '5', '7']);
    expect(surfaces('aux paragraphes 3 et 5', apr3)).toEqual(['paragraphes 3', '5']);
    expect(surfaces('párrafos 3 y 5', apr3)).toEqual(['párrafos 3', '5']);
    expect(surfaces('пунктах 3 и 5', apr3)).toEqual(['пунктах 3', '5']);
    expect(surfaces('الفقرتين 3 و5', apr3)).toEqual(['الفقرتين 3', '5']);
    expect(surfaces('第3和5段', apr3)).toEqual(['第3', '5段']);
    // 段 also ends words ("阶段", "手段"); a reference's 段 follows its number or bracket at once.
    expect(surfaces('在这一阶段，第3段、第２９（ｅ）段和第8至9段的手段', apr3)).toEqual(['第3段', '第２９（ｅ）段', '第8', '9段']);
  });

  it('expands ranges, the paragraphs inside taking the span of the whole range', () => {
    for (const text of ['paragraphs 28–30', 'paragraphs 28-30', 'paragraphs 28 to 30', 'párrafos 28 a 30', 'الفقرات من 28 إلى 30', '第28至30段']) {
      expect(keys(text, apr3)).toEqual(['apr3:28', 'apr3:29', 'apr3:30']);
    }
    expect(surfaces('paragraphs 28–30', apr3)).toEqual(['paragraphs 28', '28–30', '30']);
    expect(keys('paragraphs 1-200', apr3)).toEqual([]); // too long to be a range of paragraphs
    expect(keys('paras 29(e)-(g)', apr3)).toEqual(['apr3:29e', 'apr3:29f', 'apr3:29g']);
  });

  it('splits sub-paragraph lists', () => {
    expect(surfaces('para 50 (c) and (h)', apr3)).toEqual(['para 50 (c)', '(h)']);
    expect(keys('para 50 (c) and (h)', apr3)).toEqual(['apr3:50c', 'apr3:50h']);
    expect(keys('paragraphe 50 c) et h)', apr3)).toEqual(['apr3:50c', 'apr3:50h']);
    expect(surfaces('sub-paragraphs (a) and (b) of paragraph 12', apr3)).toEqual(['sub-paragraphs (a)', '(b) of paragraph 12']);
    expect(keys('paragraphs 29 (e), 30 and 31', apr3)).toEqual(['apr3:29e', 'apr3:30', 'apr3:31']);
  });

  it('ends a comma list where the sentence goes on with something else', () => {
    expect(keys('In para 3, 15 States supported the text.', apr3)).toEqual(['apr3:3']);
    expect(keys('paragraph 5, 2024', apr3)).toEqual(['apr3:5']);
  });
});

describe('offsets', () => {
  it('are UTF-16 offsets into the input, whatever was skipped to read it', () => {
    const text = 'In the 3rd APR 🙂 we note para-\n  graph ٢٩ (هـ), then para\u00adgraph 31, and 第２９段.';
    const refs = detectReferences(text);
    expect(refs.map((ref) => ref.surface)).toEqual(['para-\n  graph ٢٩ (هـ)', 'para\u00adgraph 31', '第２９段']);
    for (const ref of refs) expect(text.slice(ref.start, ref.end)).toBe(ref.surface);
    expect(refs.map(paragraphKeyOf)).toEqual(['apr3:29e', 'apr3:31', 'apr3:29']);
  });

  it('see through soft hyphens anywhere in a paragraph word', () => {
    const text = 'See pa\u00adra\u00adgraph 29 (e).';
    expect(surfaces(text, apr3)).toEqual(['pa\u00adra\u00adgraph 29 (e)']);
    expect(keys(text, apr3)).toEqual(['apr3:29e']);
  });

  it('leave the brackets of an aside out', () => {
    expect(surfaces('(para 29 e)', apr3)).toEqual(['para 29 e']);
    expect(surfaces('(see para 29 e)', apr3)).toEqual(['para 29 e']);
    expect(surfaces('(50 c)', apr3)).toEqual(['50 c']);
    expect(surfaces('le paragraphe 29 e) du texte', apr3)).toEqual(['paragraphe 29 e)']);
  });
});

describe('which report and version', () => {
  it('takes the report named next to the reference, before or after it', () => {
    expect(keys('para 5 of the 3rd APR')).toEqual(['apr3:5']);
    expect(keys('3rd APR para 5')).toEqual(['apr3:5']);
    // A document symbol names the report as adopted.
    expect(keys('para 5 of A/79/214; A/78/265, para. 9')).toEqual(['apr3@adopted:5', 'apr2@adopted:9']);
    expect(keys('le paragraphe 5 du troisième rapport d’activité annuel')).toEqual(['apr3:5']);
    expect(keys('пункт 5 третьего ежегодного доклада о ходе работы')).toEqual(['apr3:5']);
    expect(keys('الفقرة 5 من التقرير المرحلي السنوي الثالث')).toEqual(['apr3:5']);
    expect(keys('第三次年度进展报告第5段')).toEqual(['apr3:5']);
  });

  it('else the report named last, else the context, else none', () => {
    expect(keys('The 1st APR, para 12; the 2nd APR, para 14. And para 16.')).toEqual(['apr1:12', 'apr2:14', 'apr2:16']);
    expect(keys('We support para 5.', apr3)).toEqual(['apr3:5']);
    expect(keys('The Final Report, para 5.', apr3)).toEqual(['final:5']);
    expect(keys('We support para 5.')).toEqual(['?:5']);
  });

  it('reads versions in six languages, and keeps a version when the same report is named again', () => {
    expect(keys('The Zero Draft of the 3rd APR. The 3rd APR (para 3) and para 5.')).toEqual(['apr3@zero:3', 'apr3@zero:5']);
    expect(keys('Rev.1 of the 3rd APR, para 5; the 2nd APR, para 6')).toEqual(['apr3@rev1:5', 'apr2:6']);
    expect(keys('the revised draft of the Final Report, para 4')).toEqual(['final@rev1:4']);
    expect(keys('the adopted 3rd APR, para 4')).toEqual(['apr3@adopted:4']);
    expect(keys('3rd APR (Rev.2) para 4')).toEqual(['apr3@rev2:4']);
    expect(keys("l'avant-projet du troisième rapport d'activité annuel, paragraphe 5")).toEqual(['apr3@zero:5']);
    expect(keys('borrador cero del tercer informe anual, párrafo 5')).toEqual(['apr3@zero:5']);
    expect(keys('нулевой проект третьего ежегодного доклада, пункт 5')).toEqual(['apr3@zero:5']);
    expect(keys('المسودة الصفرية للتقرير المرحلي السنوي الثالث، الفقرة 5')).toEqual(['apr3@zero:5']);
    expect(keys('第三次年度进展报告零草案第5段')).toEqual(['apr3@zero:5']);
  });

  it('applies a version named alone to the report being discussed, and the context version to the context report', () => {
    expect(keys('In the zero draft, para 5 is new.', apr3)).toEqual(['apr3@zero:5']);
    expect(keys('para 5', { report: 'apr3', version: 'rev1' })).toEqual(['apr3@rev1:5']);
  });

  it('returns the report mentions, so that a page can carry the last one from one text to the next', () => {
    const { mentions } = detect('Rev.1 of the 3rd APR and A/78/265, and the Final Report.');
    expect(mentions.map(({ report, version }) => [report, version])).toEqual([
      ['apr3', 'rev1'],
      ['apr2', 'adopted'],
      ['final', null],
    ]);
    const last = mentions[mentions.length - 1]!;
    expect(keys('Its para 9 matters.', { report: last.report as ReportId })).toEqual(['final:9']);
  });
});

describe('the bare "(50 c)" form', () => {
  it('is a reference only once a report has been named, in the text or the context', () => {
    expect(keys('A portal that is State driven (50 c).')).toEqual([]);
    expect(keys('The 3rd APR proposes a portal that is State driven (50 c).')).toEqual(['apr3:50c']);
    expect(keys('A portal that is State driven (50 c).', apr3)).toEqual(['apr3:50c']);
    expect(keys('Educational programmes (see 50 h) help.', apr3)).toEqual(['apr3:50h']);
    expect(keys('The 3rd APR stresses both (50 c) and (50 h), and (52 a).')).toEqual(['apr3:50c', 'apr3:50h', 'apr3:52a']);
  });

  it('needs a number and a letter, and no word that numbers something else', () => {
    for (const text of ['In the year (2024).', 'The framework (5) applies.', 'Annex (1 a) lists them.', 'Smith (2020 b) argues.', 'x(50 c)', 'Option (1 a) or (2 b) was preferred.', 'Options (1 a), (1 b) and (2 a) were tabled.', 'Annexes (2 b) and (3 c)']) {
      expect(keys(text, apr3)).toEqual([]);
    }
  });
});

describe('other documents', () => {
  it('finds their paragraphs and never gives them to a report', () => {
    expect(keys('paragraph 3 of Article 24; paragraph 5 of resolution 75/240; rule 99 (b)', apr3)).toEqual(['other:3', 'other:5', 'other:99b']);
    expect(keys('Article 24, paragraph 3; resolution 75/240, para 5', apr3)).toEqual(['other:3', 'other:5']);
    expect(keys('paragraph 13 of the 2015 GGE report; paragraph 7 of the report of the Secretary-General', apr3)).toEqual(['other:13', 'other:7']);
    expect(keys("the 2015 GGE report (para 13); the Chair's summary, para 12; the report of the Secretary-General (para 7)", apr3)).toEqual(['other:13', 'other:12', 'other:7']);
    expect(keys('le rapport du Secrétaire général, paragraphe 7; доклад Генерального секретаря, пункт 7; تقرير الأمين العام، الفقرة 7', apr3)).toEqual(['other:7', 'other:7', 'other:7']);
    // A report name or a plain noun before the bracket leaves the reference to the report discussed.
    expect(keys('the 3rd annual progress report (para 5); the report (para 6); the framework (para 7)', apr3)).toEqual(['apr3:5', 'apr3:6', 'apr3:7']);
    expect(keys('пункт 5 статьи 24; párrafo 5 de la resolución 75/240; الفقرة 3 من المادة 24; 第24条第3段', apr3)).toEqual(['other:5', 'other:5', 'other:3', 'other:3']);
    expect(keys('п. 5 ст. 24; para. 3 of art. 2', apr3)).toEqual(['other:5', 'other:3']);
  });
});

describe('not references', () => {
  const texts = [
    'resolution 75/240', 'A/79/214', 'article 29', 'page 50', 'Chapter 5', 'agenda item 15 (a)', 'point 15 a)',
    'по пункту 15 a) повестки дня', '29 July 2024', '(2024)', 'para-military', 'paragraph', 'the paragraph on ransomware',
    'section 5.2', 'paragraph 5.2 of the strategy', 'paragraph 1000', 'para 0', 'footnote 12', 'Apr 3, 2024',
    'separate', 'preparation 5', 'parallel 3', 'OPEN 5', 'OPCW 193', 'e.g. para-legal', 'the 29th session', '第八届会议',
  ];
  for (const text of texts) {
    it(JSON.stringify(text), () => expect(detectReferences(text, apr3)).toEqual([]));
  }

  it('reads "e.g." and "i.e." after a number as words, not labels', () => {
    expect(keys('para 29 e.g. ransomware', apr3)).toEqual(['apr3:29']);
    expect(keys('para 3 i.e. this', apr3)).toEqual(['apr3:3']);
  });
});

describe('negotiation forms', () => {
  const suffixOf = (text: string) => detectReferences(text, apr3).map((ref) => [ref.surface, ref.para, ref.sub, ref.suffix]);

  it('reads bis, ter, quater and alt, glued or spaced, and gives such a paragraph no key of the report', () => {
    expect(suffixOf('OP7ter, PP2bis and OP6alt')).toEqual([
      ['OP7ter', 7, null, 'ter'],
      ['PP2bis', 2, null, 'bis'],
      ['OP6alt', 6, null, 'alt'],
    ]);
    expect(suffixOf('para 63 bis, para 10(3) bis and para 34(g) bis')).toEqual([
      ['para 63 bis', 63, null, 'bis'],
      ['para 10(3) bis', 10, null, 'bis'],
      ['para 34(g) bis', 34, 'g', 'bis'],
    ]);
    expect(keys('OP7ter', apr3)).toEqual(['?:null']);
  });

  it('reads a numbered sub-division as part of the paragraph, and a capital glued to the number as its sub-paragraph', () => {
    expect(surfaces('paragraph 10(3) and paragraph 187 (35)', apr3)).toEqual(['paragraph 10(3)', 'paragraph 187 (35)']);
    expect(keys('paragraph 10(3)', apr3)).toEqual(['apr3:10']);
    expect(keys('paragraph 42B and para 48B.', apr3)).toEqual(['apr3:42b', 'apr3:48b']);
    expect(keys('paragraph 5G networks', apr3)).toEqual([]);
  });
});

describe('attribution is scoped', () => {
  it('gives a reference the report named in its sentence or block, never one named in an earlier block', () => {
    const text = ['We discussed para 6 of the 2nd APR.', 'We support para. 50 c) as drafted.'].join('\u2029');
    expect(keys(text)).toEqual(['apr2:6', '?:50c']);
    expect(keys(text, apr3)).toEqual(['apr2:6', 'apr3:50c']);
    expect(keys('The 2nd APR was adopted.\n\nWe support para 5.')).toEqual(['?:5']);
  });

  it('gives the blocks under a heading the report the heading names', () => {
    const text = ['On the 3rd APR', 'We support para 29 e.', 'Other business', 'We support para 5.'].join('\u2029');
    expect(keys(text)).toEqual(['apr3:29e', '?:5']);
  });

  it('keeps the heading above in scope past a dateline, which is no heading of its own', () => {
    const heading = 'Delegations discuss the Zero Draft of the third annual progress report';
    const text = [heading, '8 July 2024 · Eighth session, 2nd meeting (AM)', 'We support para 29 e.'].join('\u2029');
    expect(keys(text)).toEqual(['apr3@zero:29e']);
    expect(keys([heading, '2. Other business', 'We support para 5.'].join('\u2029'))).toEqual(['?:5']);
  });

  it('reads a paragraph after another document named in its sentence as that document’s', () => {
    expect(keys('Security Council Resolution 2255 (2015): paragraphs 17 and 22(a)', apr3)).toEqual(['other:17', 'other:22a']);
    expect(keys('UNSCR 1874 (2009), Paragraph 23', apr3)).toEqual(['other:23']);
    expect(keys('Directives du Comité : paragraphe 11.', apr3)).toEqual(['other:11']);
    expect(keys('Resolution 75/240 was recalled; the 3rd APR, in para 5, says more.')).toEqual(['apr3:5']);
  });
});

describe('Chinese lists with a 第 on each item, and sub-paragraphs after 段', () => {
  it('reads them whole', () => {
    expect(surfaces('安全理事会第2095(2013)号决议:第9和第10段')).toEqual(['第9', '第10段']);
    expect(keys('安全理事会第2095(2013)号决议:第9和第10段')).toEqual(['other:9', 'other:10']);
    expect(surfaces('第14至第16段', apr3)).toEqual(['第14', '14至第16', '第16段']);
    expect(keys('第8段(a)和(b)分段', apr3)).toEqual(['apr3:8a', 'apr3:8b']);
    expect(surfaces('第8段(a)和(b)分段', apr3)).toEqual(['第8段(a)', '(b)分段']);
    expect(surfaces('paragraph 31, and 第29段', apr3)).toEqual(['paragraph 31', '第29段']);
  });
});

describe('forms of issue texts', () => {
  it('keeps the letter of a quoted reference, and reads past a title in brackets in a list', () => {
    expect(keys('We support "paragraph 29 e" as drafted.', apr3)).toEqual(['apr3:29e']);
    expect(keys('paragraphs 15 (international law) and 16', apr3)).toEqual(['apr3:15', 'apr3:16']);
  });

  it('reads a paragraph word glued to a short word, and a sub-paragraph word before the number', () => {
    expect(surfaces('contained inparagraph 1 of the 3rd APR')).toEqual(['paragraph 1']);
    expect(keys('sub-paragraph 4(b)', apr3)).toEqual(['apr3:4b']);
  });

  it('gives OP and PP no report named elsewhere on the page, and tells another OEWG’s final report apart', () => {
    const text = ['We discussed para 6 of the 2nd APR.', 'OP5 of the draft resolution is fine.'].join('\u2029');
    expect(keys(text)).toEqual(['apr2:6', '?:5']);
    expect(keys('paragraph 56 of the Final Report of the 2021 OEWG (A/75/816)')).toEqual(['other:56']);
  });

  it('gives the paragraphs of one list or range one mention', () => {
    const refs = detectReferences('paras 44–46 and para 50', apr3);
    expect(refs.map((ref) => ref.mention)).toEqual([0, 0, 0, 1]);
  });
});

describe('French alinéas before a number', () => {
  it('reads "alinéas 50 h) et 50 c)" and leaves "alinéa 3 du préambule" alone', () => {
    expect(keys('les alinéas 50 h) et 50 c)', apr3)).toEqual(['apr3:50h', 'apr3:50c']);
    expect(keys("l'alinéa 3 du préambule", apr3)).toEqual([]);
    expect(keys("l'alinéa c) du paragraphe 50", apr3)).toEqual(['apr3:50c']);
  });
});

describe('other documents in real sentences', () => {
  it('reads "4 a) a 4 g)" as a range of letters, and knows the same resolution, commitments and action plans', () => {
    expect(keys('los párrafos 4 a) a 4 g)', apr3)).toEqual(['apr3:4a', 'apr3:4b', 'apr3:4c', 'apr3:4d', 'apr3:4e', 'apr3:4f', 'apr3:4g']);
    expect(keys('au paragraphe 3 de la même résolution', apr3)).toEqual(['other:3']);
    expect(keys('paragraph 36 of the WSIS Tunis Commitment', apr3)).toEqual(['other:36']);
    expect(keys('paragraph 1 of the Bali Action Plan', apr3)).toEqual(['other:1']);
    expect(keys('In the note by the President of the Council, in paragraph 7, it says so.', apr3)).toEqual(['other:7']);
  });
});
