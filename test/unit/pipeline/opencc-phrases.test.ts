import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import { describe, expect, test } from 'vitest';
import { phrasesThatMatter } from '../../../src/pipeline/opencc-phrases.ts';

describe('the trimmed Simplified → Traditional phrase table', () => {
  const trimmed = phrasesThatMatter(STPhrases, STCharacters);

  test('keeps only phrases that characters alone would convert wrongly, a fraction of the table', () => {
    const kept = trimmed.split('|');
    expect(kept.length).toBeLessThan(STPhrases.split('|').length / 3);
    const byCharacter = ConverterFactory([STCharacters]);
    for (const entry of kept.slice(0, 500)) {
      const [simplified = '', traditional = ''] = entry.split(' ');
      expect(byCharacter(simplified)).not.toBe(traditional);
    }
    // 干涉 is 干涉, not the 幹涉 of the first character choice; 关系 is 關係.
    expect(kept).toContain('干涉 干涉');
  });

  test('converts real text as the whole table does, but for a handful of characters', () => {
    const text =
      '美国财政部宣布将商汤科技列入所谓“中国军工复合体企业”清单，商汤科技发布声明，' +
      '称将密切关注事态发展，同时停止干涉中国内政，并与合作伙伴加强联系，以实际行动推动人工智能发展。';
    const whole = ConverterFactory([STPhrases, STCharacters])(text);
    const small = ConverterFactory([trimmed, STCharacters])(text);
    const differing = [...whole].filter((c, i) => c !== [...small][i]).length;
    expect(differing).toBeLessThanOrEqual(2);
    expect(small).toContain('干涉');
    expect(small).toContain('聯繫');
  });
});
