import { describe, expect, test } from 'vitest';
import { linkEntities } from '../../../../src/app/features/entities/link-entities.ts';
import { converterFor, showScript } from '../../../../src/app/features/script/convert-script.ts';

function page(): HTMLElement {
  const root = document.createElement('main');
  const article = document.createElement('article');
  article.lang = 'zh-CN';
  const p = document.createElement('p');
  p.append('商汤科技发布声明，', Object.assign(document.createElement('strong'), { textContent: '停止干涉' }), '。');
  const img = Object.assign(document.createElement('img'), { alt: '图为发布会现场' });
  const quote = Object.assign(document.createElement('span'), { lang: 'zh-CN', textContent: '关系' });
  const english = Object.assign(document.createElement('span'), { lang: 'en', textContent: 'SenseTime' });
  article.append(p, img, quote, english);
  const ui = Object.assign(document.createElement('button'), { textContent: '发布' });
  root.append(article, ui);
  return root;
}

describe('Simplified → Traditional in the page', () => {
  test('converts the text of content marked zh-CN, and names the new language', () => {
    const root = page();
    const before = root.innerHTML;
    showScript(root, 'traditional-tw');
    const article = root.querySelector('article') as HTMLElement;
    expect(article.textContent).toBe('商湯科技發佈聲明，停止干涉。關係SenseTime');
    // An image's description stays as written (the page shows it as text when the image fails).
    expect(root.querySelector('img')?.alt).toBe('图为发布会现场');
    expect(article.lang).toBe('zh-Hant-TW');
    expect(root.querySelector('span')?.lang).toBe('zh-Hant-TW');
    expect(root.querySelector('[lang="en"]')).not.toBeNull();
    // The interface around the content is not the document's text.
    expect(root.querySelector('button')?.textContent).toBe('发布');
    // Back to Simplified: exactly the page as it was.
    showScript(root, 'simplified');
    expect(root.innerHTML).toBe(before);
  });

  test('Hong Kong forms differ from Taiwan’s where the regions do, and switching between them works from the original', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p lang="zh-CN">里面着急</p>';
    showScript(root, 'traditional-tw');
    const tw = root.textContent;
    showScript(root, 'traditional-hk');
    const hk = root.textContent;
    expect(tw).toBe('裡面著急');
    expect(hk).toBe('裏面着急');
    expect(root.querySelector('p')?.lang).toBe('zh-Hant-HK');
  });

  test('text the page changes after the conversion becomes the new original', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p lang="zh-CN">发展</p>';
    showScript(root, 'traditional-tw');
    const text = root.querySelector('p')?.firstChild as Text;
    text.data = '后来';
    showScript(root, 'traditional-tw');
    expect(text.data).toBe('後來');
    showScript(root, 'simplified');
    expect(text.data).toBe('后来');
  });

  test('text split while shown in Traditional (an entity linked) goes back to Simplified whole', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p lang="zh-CN">据报道，美国财政部宣布将商汤加入清单。</p>';
    showScript(root, 'traditional-tw');
    const toTw = converterFor('traditional-tw');
    linkEntities(root, [{ entity: '美国财政部', terms: ['美国财政部', toTw('美国财政部')] }], (e) => `/?entity=${e}`);
    expect(root.querySelector('a')?.textContent).toBe('美國財政部');
    showScript(root, 'simplified');
    expect(root.textContent).toBe('据报道，美国财政部宣布将商汤加入清单。');
    expect(root.querySelector('a')?.textContent).toBe('美国财政部');
  });
});
