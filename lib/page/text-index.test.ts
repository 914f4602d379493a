// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, buildTextIndex, createTextIndexBuilder, locate, nodesIn, rangeFor } from './text-index';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('buildTextIndex', () => {
  it('joins text nodes in document order, separating blocks', () => {
    const doc = page('<p>See <b>para</b> 29 e.</p><p>Next</p><ul><li>one</li><li>two</li></ul>');
    const index = buildTextIndex(doc.body);
    expect(index.text).toBe(['See para 29 e.', 'Next', 'one', 'two'].join(BLOCK_SEPARATOR));
    expect(index.nodes.map((node) => node.data)).toEqual(['See ', 'para', ' 29 e.', 'Next', 'one', 'two']);
  });

  it('skips scripts, styles, form fields and editable regions', () => {
    const doc = page(
      '<p>a</p><script>para 1</script><style>.x{}</style><textarea>para 2</textarea>' +
        '<div contenteditable="true">para 3</div><p>b</p>',
    );
    expect(buildTextIndex(doc.body).text).toBe(`a${BLOCK_SEPARATOR}b`);
  });

  it('goes on after a skipped element that ends its parents, and stops at the root', () => {
    const doc = page('<div><p>a<span><script>para 1</script></span></p></div><p>b<textarea>para 2</textarea></p>');
    expect(buildTextIndex(doc.body).text).toBe(`a${BLOCK_SEPARATOR}b`);
    const section = doc.body.firstElementChild!;
    expect(buildTextIndex(section).text).toBe('a');
  });

  it('treats <br> as a block break', () => {
    const doc = page('<p>para<br>29</p>');
    expect(buildTextIndex(doc.body).text).toBe(`para${BLOCK_SEPARATOR}29`);
  });

  it('takes a caller-given skip rule', () => {
    const doc = page('<p class="header">A/79/214</p><p>body</p>');
    const index = buildTextIndex(doc.body, { skip: (element) => element.classList.contains('header') });
    expect(index.text).toBe('body');
  });

  it('reads in slices with the same result', () => {
    const doc = page('<p>one <i>two</i> three<script>para 9</script></p><p>four<br>five</p>'.repeat(20));
    const builder = createTextIndexBuilder(doc.body);
    let steps = 0;
    while (!builder.step(3)) steps++;
    expect(steps).toBeGreaterThan(5);
    expect(builder.result().text).toBe(buildTextIndex(doc.body).text);
  });
});

describe('mapping offsets back to the DOM', () => {
  it('locates offsets by binary search and builds ranges across nodes', () => {
    const doc = page('<p>See <b>para</b> 29 e.</p>');
    const index = buildTextIndex(doc.body);
    const start = index.text.indexOf('para');
    const end = index.text.indexOf('.');
    expect(locate(index, start)).toMatchObject({ offset: 0, position: 1 });
    const range = rangeFor(index, start, end)!;
    expect(range.toString()).toBe('para 29 e');
    expect(nodesIn(index, start, end).map((node) => node.data)).toEqual(['para', ' 29 e.']);
  });

  it('puts an end offset on a node boundary in the node before', () => {
    const doc = page('<p><b>para</b> 5</p>');
    const index = buildTextIndex(doc.body);
    expect(locate(index, 4, true)).toMatchObject({ offset: 4, position: 0 });
    expect(rangeFor(index, 0, 4)!.toString()).toBe('para');
  });
});
