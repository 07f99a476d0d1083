import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saxes } from '../../src/read/xlsx.js';
import { scanXml, XmlFallback, type XmlHandlers } from '../../src/read/xml-scan.js';

/**
 * The events a reader sees: texts next to each other joined (the readers join them), empty ones dropped, and none
 * outside the root element (only spaces may stand there, and the readers never look at them).
 */
function events(scan: (xml: string, on: XmlHandlers) => void, xml: string): string[] | 'fallback' | 'error' {
  const out: string[] = [];
  let text = '';
  let depth = 0;
  const flush = () => {
    if (text) out.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  try {
    scan(xml, {
      open: (name, attrs) => {
        flush();
        depth++;
        out.push(`open ${name} ${JSON.stringify(Array.from({ length: attrs.length / 2 }, (_, i) => [attrs[2 * i], attrs[2 * i + 1]]))}`);
      },
      close: (name) => {
        flush();
        depth--;
        out.push(`close ${name}`);
      },
      chars: (t) => {
        if (depth > 0) text += t;
      },
    });
  } catch (error) {
    return error instanceof XmlFallback ? 'fallback' : 'error';
  }
  flush();
  return out;
}

const tags = ['c', 'v', 'x:row', 'si', 't', 'a.b', 'r-1', '_n', 'a:b:c'];
const plainText = fc
  .array(
    fc.constantFrom(
      'a',
      ' ',
      '\n',
      '\r\n',
      '\r',
      '\t',
      'Đồng',
      '1.234',
      '&amp;',
      '&lt;',
      '&gt;',
      '&quot;',
      '&apos;',
      '&#x1EA0;',
      '&#65;',
      '&#10;',
      '&#x1F600;',
      '>',
      '"',
      "'",
      '<!-- c -->',
      '<![CDATA[x<y&z]]>',
      '<?pi data?>',
    ),
    { maxLength: 5 },
  )
  .map((p) => p.join(''));
const oddText = fc.constantFrom(
  '&foo;',
  '&',
  '&#0;',
  '&#13;',
  '&#x;',
  ']]>',
  '\r',
  '\r\n',
  '\r\r\n',
  '\u0001',
  '\uD800',
  '😀',
  '<!---->',
  '<!-- a -- b -->',
  '<![CDATA[',
  '<?xml v?>',
  '</>',
  '<1a/>',
  '<é/>',
  '&#xFFFE;',
);
const attrValue = fc
  .array(fc.constantFrom('a', ' ', '\t', '\n', '\r\n', '\r', '&amp;', '&#9;', '&#10;', '&#13;', 'Đ', '>', 'x y'), { maxLength: 4 })
  .map((p) => p.join(''));

interface Element {
  name: string;
  attrs: [string, string][];
  children: (Element | string)[];
}
const element: fc.Arbitrary<Element> = fc.letrec<{ el: Element }>((tie) => ({
  el: fc.record({
    name: fc.constantFrom(...tags),
    attrs: fc.array(fc.tuple(fc.constantFrom('r', 's', 't', 'r:id', 'xml:space', 'Id'), attrValue), { maxLength: 3 }),
    children: fc.array(fc.oneof({ weight: 2, arbitrary: plainText }, { weight: 1, arbitrary: tie('el') }), { maxLength: 4 }),
  }),
})).el;

function serialise(el: Element, space: string, quote: string): string {
  const attrs = el.attrs.map(([k, v]) => ` ${k}${space}=${space}${quote}${v.replaceAll(quote, quote === '"' ? '&quot;' : '&apos;')}${quote}`).join('');
  if (el.children.length === 0) return `<${el.name}${attrs}${space}/>`;
  return `<${el.name}${attrs}${space}>${el.children.map((c) => (typeof c === 'string' ? c : serialise(c, space, quote))).join('')}</${el.name}${space}>`;
}

const prolog = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
      "<?xml version='1.0'?>",
      '<!-- made by hand -->\n',
      '<?xml version="1.0"?>\r\n<!-- a -->\r\n',
      '\r\n',
      '<?xml version="1.0"\r\nencoding="UTF-8"?>',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('<?xml version="1.1"?>', ' <?xml version="1.0"?>', '<?xml?>', '<!DOCTYPE x>') },
);
const epilog = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('', '\n', '<!-- end -->', '<?pi?>') },
  { weight: 1, arbitrary: fc.constantFrom(' text', '<x/>') },
);

describe('the plain XML pass', () => {
  it("gives saxes's events on the plain XML that spreadsheets hold, without leaving it to saxes", () => {
    fc.assert(
      // Excel ends the declaration's line with a carriage return and a line feed; other writers with a line feed.
      fc.property(element, fc.constantFrom('', ' ', '\n', '\r\n'), fc.constantFrom('"', "'"), fc.constantFrom('\n', '\r\n'), (el, space, quote, eol) => {
        const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${eol}${serialise(el, space, quote)}`;
        const fast = events(scanXml, xml);
        // Duplicate attributes are the one thing the generator makes that is not well formed.
        const expected = events(saxes, xml);
        if (expected === 'error') expect(fast).toBe('fallback');
        else expect(fast).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives saxes's events whenever it does not leave a document to saxes (odd text, prologs, cut or changed documents)", () => {
    let kept = 0;
    let keptChanged = 0;
    fc.assert(
      fc.property(
        prolog,
        element,
        epilog,
        oddText,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('insert', 'cut', 'drop', 'none'),
        (before, el, after, odd, at, len, change) => {
          let xml = before + serialise(el, ' ', '"') + after;
          const p = at % (xml.length + 1);
          if (change === 'insert') xml = xml.slice(0, p) + odd + xml.slice(p);
          else if (change === 'cut') xml = xml.slice(0, p);
          else if (change === 'drop') xml = xml.slice(0, p) + xml.slice(p + 1 + (len % 3));
          const fast = events(scanXml, xml);
          if (fast === 'fallback') return;
          kept++;
          if (change !== 'none') keptChanged++;
          expect(fast, xml).toEqual(events(saxes, xml));
        },
      ),
      { numRuns: 6000 },
    );
    // The property says something only if the pass kept many of the documents itself, changed ones among them.
    expect(kept).toBeGreaterThan(600);
    expect(keptChanged).toBeGreaterThan(100);
  });

  it('reads entities, references, CDATA and spaces in attribute values as XML says', () => {
    const xml = '<?xml version="1.0"?><x:si a="1&#9;2\t3\n4" b=\'&quot;&apos;\'><t>&lt;Đ&#x1EA0;&#65;&amp;</t><![CDATA[<b>]]><e/></x:si>';
    expect(events(scanXml, xml)).toEqual([
      `open si ${JSON.stringify([
        ['a', '1\t2 3 4'],
        ['b', `"'`],
      ])}`,
      'open t []',
      'text "<ĐẠA&"',
      'close t',
      'text "<b>"',
      'open e []',
      'close e',
      'close si',
    ]);
    expect(events(scanXml, xml)).toEqual(events(saxes, xml));
  });

  it('reads line ends as XML says — a carriage return and line feed, or a carriage return alone, is a line feed — as Excel writes them after every declaration', () => {
    const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst a="1\r\n2\r3&#13;"><si><t>x\r\ny\rz&#13;</t></si></sst>\r\n';
    expect(events(scanXml, xml)).toEqual([
      `open sst ${JSON.stringify([['a', '1 2 3\r']])}`,
      'open si []',
      'open t []',
      'text "x\\ny\\nz\\r"',
      'close t',
      'close si',
      'close sst',
    ]);
    expect(events(scanXml, xml)).toEqual(events(saxes, xml));
  });

  it('leaves to saxes what it does not read itself', () => {
    for (const xml of [
      '<a>&nbsp;</a>',
      '<!DOCTYPE a><a/>',
      '<a></b>',
      '<a>',
      '<a/><b/>',
      'x<a/>',
      '<a b="1" b="2"/>',
      '<a>]]></a>',
      '<a b="<"/>',
      '<é/>',
      '<a>😀</a>',
      '',
    ]) {
      expect(events(scanXml, xml), xml).toBe('fallback');
    }
  });
});
