import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../../../src/shared/comments/questionRules';
import { groupQuestions, questionTokens, similarity } from '../../../../src/shared/comments/questionGroups';
import {
  isBlocked,
  sanitizeComment,
  maxCommentLength,
} from '../../../../src/shared/comments/sanitizeComment';
import { detectLanguage } from '../../../../src/main/services/comments/detectLanguage';

// Questions without a question mark, and statements, in each language the rules cover.
const cases: [string, string, boolean][] = [
  ['en', 'how long does shipping take', true],
  ['en', 'I love this colour', false],
  ['es', 'cuánto cuesta el envío', true],
  ['es', 'me encanta este color', false],
  ['pt', 'quanto custa o frete', true],
  ['pt', 'adorei essa cor', false],
  ['fr', 'combien coûte la livraison', true],
  ['fr', "j'adore cette couleur", false],
  ['de', 'wie lange dauert der Versand', true],
  ['de', 'die Farbe ist schön', false],
  ['id', 'berapa ongkirnya', true],
  ['id', 'warnanya bagus sekali', false],
  ['ms', 'boleh hantar ke Sabah', true],
  ['ms', 'cantiknya warna ini', false],
  ['ar', 'كم سعر الشحن', true],
  ['ar', 'اللون جميل جدا', false],
  ['zh', '这个多少钱', true],
  ['zh', '颜色很好看', false],
  ['ja', '送料はいくらですか', true],
  ['ja', 'この色が好きです', false],
  ['th', 'ส่งต่างประเทศไหม', true],
  ['th', 'สีสวยมาก', false],
  ['vi', 'giá bao nhiêu vậy', true],
  ['vi', 'màu này đẹp quá', false],
];

describe('question rules', () => {
  it.each(cases)('%s: "%s" is a question: %s', (language, text, expected) => {
    expect(isQuestion(text, language)).toBe(expected);
  });

  it('takes any script’s question mark, in any language', () => {
    expect(isQuestion('ok?', 'xx')).toBe(true);
    expect(isQuestion('送料は？', 'ja')).toBe(true);
    expect(isQuestion('الشحن؟', 'ar')).toBe(true);
  });
});

describe('question groups', () => {
  it('group the same question asked in other words, and sort by count then age', () => {
    const at = (s: number) => 1_000_000 + s * 1000;
    const groups = groupQuestions([
      { id: 'a', text: 'How much is shipping to Mexico?', at: at(1) },
      { id: 'b', text: 'Is there a warranty?', at: at(2) },
      { id: 'c', text: 'how much is the shipping to mexico', at: at(3) },
      { id: 'd', text: 'How much shipping to Mexico please?', at: at(4) },
      { id: 'e', text: 'Do you ship to Brazil?', at: at(5) },
    ]);
    expect(groups.map((g) => [g.lead.id, g.members.map((m) => m.id)])).toEqual([
      ['a', ['a', 'c', 'd']],
      ['b', ['b']],
      ['e', ['e']],
    ]);
    expect(groups[0]?.latest).toBe(at(4));
  });

  it('compare Chinese and Thai by character pairs', () => {
    expect(similarity(questionTokens('这个多少钱'), questionTokens('这个多少钱？'))).toBe(1);
    expect(similarity(questionTokens('这个多少钱'), questionTokens('什么时候发货'))).toBe(0);
    expect(questionTokens('ส่งไหม').size).toBeGreaterThan(1);
  });
});

describe('comment sanitising', () => {
  it('removes controls and bidi overrides, tames zalgo and floods, and caps the length', () => {
    expect(sanitizeComment('a\u202Egnp.exe\u202C b').text).toBe('agnp.exe b');
    expect(sanitizeComment('line\nbreak\u0000\u0007').text).toBe('line break');
    // Two marks kept per letter (in NFC's canonical order).
    expect(Array.from(sanitizeComment('Z\u0351\u0352\u0353\u0354\u0355o').text)).toHaveLength(4);
    expect(sanitizeComment('🔥🔥🔥🔥🔥🔥🔥🔥🔥').text).toBe('🔥🔥🔥🔥🔥');
    const long = sanitizeComment('abcdéfghij'.repeat(55));
    expect(Array.from(long.text)).toHaveLength(maxCommentLength + 1);
    expect(long.altered).toBe(true);
    expect(sanitizeComment('<b>hi</b>').text).toBe('<b>hi</b>'); // kept as text: the UI never renders markup
  });
});

describe('the word blocklist', () => {
  it('matches however the word is cased, accented, widened or spaced', () => {
    const list = ['cheap copy', 'estafa'];
    expect(isBlocked('This is a CHEAP   copy!', list)).toBe(true);
    expect(isBlocked('ｅｓｔａｆａ total', list)).toBe(true);
    expect(isBlocked('es una estáfa', list)).toBe(true);
    expect(isBlocked('a cheap price', list)).toBe(false);
    expect(isBlocked('anything', [])).toBe(false);
  });
});

describe('language detection', () => {
  it('knows short comments in the market languages, and trusts the page when unsure', () => {
    expect(detectLanguage('¿Cuánto cuesta el envío a México?', undefined)).toBe('es');
    expect(detectLanguage('这个多少钱？', 'en')).toBe('zh');
    expect(detectLanguage('ราคาเท่าไหร่คะ', undefined)).toBe('th');
    expect(detectLanguage('كم سعر الشحن؟', undefined)).toBe('ar');
    expect(detectLanguage('ok', 'pt')).toBe('pt');
  });
});
