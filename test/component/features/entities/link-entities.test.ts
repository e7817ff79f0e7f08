import { describe, expect, test } from 'vitest';
import { linkEntities } from '../../../../src/app/features/entities/link-entities.ts';

const mentions = [
  { entity: '商汤科技', terms: ['商汤科技', '商汤', 'SenseTime'] },
  { entity: '美国商务部', terms: ['美国商务部'] },
];
const href = (entity: string) => `/?entity=${encodeURIComponent(entity)}`;
const links = (root: Element) =>
  [...root.querySelectorAll<HTMLAnchorElement>('a[data-entity]')].map((a) => [a.textContent, a.dataset.entity]);

describe('entity links in the text', () => {
  test('the first mention of each entity per section is a link to the library; the text reads the same', () => {
    const root = document.createElement('div');
    root.innerHTML = [
      '<p>美国商务部宣布，商汤与 SenseTime 的回应：商汤科技反对。</p>',
      '<h2 id="s1">商汤科技的回应</h2>',
      '<p>商汤再次表示。<a href="https://example.com">商汤官网</a></p>',
      '<p><code>SenseTime</code> 与美国商务部。</p>',
    ].join('');
    const text = root.textContent;
    linkEntities(root, mentions, href);
    expect(root.textContent).toBe(text);
    expect(links(root)).toEqual([
      ['美国商务部', '美国商务部'],
      ['商汤', '商汤科技'],
      // A new section: each entity once more; never inside a heading, a link or code.
      ['商汤', '商汤科技'],
      ['美国商务部', '美国商务部'],
    ]);
    expect(root.querySelector('a[data-entity]')?.getAttribute('href')).toBe(
      '/?entity=%E7%BE%8E%E5%9B%BD%E5%95%86%E5%8A%A1%E9%83%A8',
    );
    // Running again (the page re-rendered) adds nothing.
    linkEntities(root, mentions, href);
    expect(links(root)).toHaveLength(4);
  });

  test('Latin names only as whole words; an entity name in the markup is text, not markup', () => {
    const root = document.createElement('p');
    root.textContent = 'SenseTimes 不是 sensetime。';
    linkEntities(root, [{ entity: '<b>商汤</b>', terms: ['SenseTime'] }], href);
    expect(links(root)).toEqual([['sensetime', '<b>商汤</b>']]);
    expect(root.querySelector('b')).toBeNull();
  });
});
