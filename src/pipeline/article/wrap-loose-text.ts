import {
  BLOCK_TAGS,
  element,
  elementsOf,
  isBlank,
  isTag,
  isText,
  relink,
  type ChildNode,
  type ParentNode,
} from './html-tree.ts';

function isBlock(node: ChildNode): boolean {
  return isTag(node) && (BLOCK_TAGS.has(node.name) || node.name === 'img');
}

/**
 * Text that sits loose between blocks (a caption after an image box, a pasted Markdown link)
 * becomes its own paragraph, so typography and the no-lost-text check see it as one.
 */
export function wrapLooseText(root: ParentNode): void {
  const parents: ParentNode[] = [
    root,
    ...elementsOf(root).filter((el) =>
      ['div', 'section', 'article', 'main', 'body', 'figure', 'blockquote'].includes(el.name),
    ),
  ];
  for (const parent of parents) {
    if (!parent.children.some(isBlock)) continue;
    const out: ChildNode[] = [];
    let run: ChildNode[] = [];
    const flush = (): void => {
      const hasText = run.some((node) => (isText(node) ? !isBlank(node.data) : isTag(node) && node.name !== 'br'));
      if (hasText) {
        while (run[0] && ((isText(run[0]) && isBlank(run[0].data)) || (isTag(run[0]) && run[0].name === 'br')))
          run.shift();
        out.push(element('p', {}, run));
      }
      run = [];
    };
    for (const child of parent.children) {
      if (isBlock(child)) {
        flush();
        out.push(child);
      } else {
        run.push(child);
      }
    }
    flush();
    parent.children = out;
    relink(parent);
  }
}
