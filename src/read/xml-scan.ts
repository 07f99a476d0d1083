/**
 * A fast pass over the plain XML that spreadsheet programs write (elements, attributes, text, the five named
 * entities and character references, comments, CDATA, processing instructions), giving the same events as saxes.
 *
 * A workbook's parts are small and many: building a saxes parser for each costs more than the parsing. This pass
 * reads what it fully understands and gives up, by throwing `XmlFallback` before anything it does not (a DOCTYPE,
 * another entity, a character XML forbids, anything not well formed), so the caller starts over with saxes, which
 * then reads the part or says what is wrong with it. Either way the caller sees what saxes would give:
 * `test/read/xml-scan.test.ts` holds the two to the same events on random documents.
 */

/**
 * An element's attributes as a flat list, each full name followed by its value, in the order written: no object with
 * a property per attribute name is built for each of the many thousand elements of a sheet. Read them with
 * `attribute`.
 */
export type Attributes = readonly string[];

/** The value of the attribute `name` (its full name, prefix and all), if the element has it. */
export function attribute(attrs: Attributes, name: string): string | undefined {
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
}

export interface XmlHandlers {
  /** An element opens; `name` without its prefix. */
  open?: (name: string, attrs: Attributes) => void;
  close?: (name: string) => void;
  chars?: (text: string) => void;
}

/** Thrown when the pass meets something it leaves to saxes. */
export class XmlFallback extends Error {
  constructor(readonly at: number) {
    super(`xml-scan: left to saxes at ${at}`);
  }
}

// Characters XML 1.0 does not allow, and surrogates (a lone one is not allowed; pairs, characters beyond U+FFFF, are
// rare enough in these files to leave to saxes); ODD finds those and carriage returns, in one search of the text.
const NOT_PLAIN = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ODD = /[\0-\x08\x0B\x0C\r\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g;
// Line ends as XML reads them (§2.11): a carriage return and line feed, or a carriage return alone, is one line feed
// before anything else is read. Excel ends its declaration line with both in every part it writes.
const CARRIAGE_RETURNS = /\r\n?/g;
const CR = 13;

/**
 * The text as the pass reads it, or XmlFallback. A text with a character the pass leaves to saxes is refused. One
 * whose only carriage returns stand between the declaration and the first markup (Excel's line end) is read as it is:
 * they are spaces outside the root, which are never handed over. Any other carriage return: the whole text is read
 * with its line ends as XML reads them.
 */
function plainText(xml: string, declarationEnd: number): string {
  ODD.lastIndex = 0;
  let firstMarkup: number | undefined;
  for (let m = ODD.exec(xml); m; m = ODD.exec(xml)) {
    if (xml.charCodeAt(m.index) !== CR) throw new XmlFallback(m.index);
    // (None can stand inside the declaration: DECLARATION allows none, and without one `declarationEnd` is 0. With no
    // markup at all, the text has no root and the scan leaves it to saxes.)
    firstMarkup ??= xml.indexOf('<', declarationEnd);
    if (firstMarkup < 0 || m.index < firstMarkup) continue;
    const normalised = xml.replace(CARRIAGE_RETURNS, '\n');
    if (NOT_PLAIN.test(normalised)) throw new XmlFallback(0);
    return normalised;
  }
  return xml;
}
// Names as spreadsheet parts write them ([A-Za-z_][A-Za-z0-9_.:-]*); any other (legal XML names included) is left
// to saxes. 1: may start a name, 2: may follow.
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  NAME_CHAR[c] = /[A-Za-z_]/.test(ch) ? 1 : /[0-9.:-]/.test(ch) ? 2 : 0;
}

/** Where the name that starts at `i` ends (`i` when none starts there). */
function nameEnd(xml: string, i: number): number {
  const first = xml.charCodeAt(i);
  if (!(first < 128 && NAME_CHAR[first] === 1)) return i;
  let j = i + 1;
  for (;;) {
    const c = xml.charCodeAt(j);
    if (c < 128 && NAME_CHAR[c] !== 0) j++;
    else return j;
  }
}

/** Where the spaces that start at `i` end. */
function spaceEnd(xml: string, i: number): number {
  while (isSpace(xml.charCodeAt(i))) i++;
  return i;
}
const ATTR_SPACE = /[\t\n]/g;
// The declaration as spreadsheet programs write it; any other is left to saxes, which checks it.
const DECLARATION =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.0\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/;

enum C {
  Tab = 9,
  Lf = 10,
  Space = 32,
  Bang = 33,
  Quote = 34,
  Amp = 38,
  Apos = 39,
  Slash = 47,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  Question = 63,
}

const isSpace = (c: number) => c === C.Space || c === C.Lf || c === C.Tab;
const local = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/** Scan `xml`, calling the handlers as saxes (xmlns off) would, or throw XmlFallback. */
export function scanXml(given: string, on: XmlHandlers): void {
  // The declaration as written (a carriage return inside it, rare, sends the text to be normalised first).
  const declaration = given.startsWith('<?xml') ? DECLARATION.exec(given) : null;
  const xml = plainText(given, declaration ? declaration[0].length : 0);
  const stack: string[] = [];
  let seenRoot = false;
  let i = 0;
  const n = xml.length;
  if (xml.startsWith('<?xml')) {
    const again = xml === given ? declaration : DECLARATION.exec(xml);
    if (!again) throw new XmlFallback(0);
    i = again[0].length;
  }
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (stop > i) {
      const raw = xml.slice(i, stop);
      if (stack.length === 0) {
        // Outside the root only spaces may stand; they are not handed over (saxes hands over some).
        if (!/^[ \t\r\n]*$/.test(raw)) throw new XmlFallback(i);
      } else if (on.chars) {
        on.chars(text(raw, i));
      } else if (raw.includes(']]>') || raw.includes('&')) text(raw, i);
    }
    if (lt < 0) break;
    i = lt + 1;
    const c = xml.charCodeAt(i);
    if (c === C.Slash) {
      const end = nameEnd(xml, i + 1);
      const name = stack.pop();
      // The element that closes must be the one open: same name, and the name ends there.
      if (name === undefined || end !== i + 1 + name.length || !xml.startsWith(name, i + 1)) throw new XmlFallback(i);
      const j = spaceEnd(xml, end);
      if (xml.charCodeAt(j) !== C.Gt) throw new XmlFallback(i);
      on.close?.(local(name));
      i = j + 1;
    } else if (c === C.Bang) {
      if (xml.startsWith('!--', i)) {
        const end = xml.indexOf('-->', i + 3);
        // "--" may not stand inside a comment.
        if (end < 0 || xml.slice(i + 3, end).includes('--') || xml.charCodeAt(end - 1) === 45) throw new XmlFallback(i);
        i = end + 3;
      } else if (xml.startsWith('![CDATA[', i) && stack.length > 0) {
        const end = xml.indexOf(']]>', i + 8);
        if (end < 0) throw new XmlFallback(i);
        if (end > i + 8) on.chars?.(xml.slice(i + 8, end));
        i = end + 3;
      } else throw new XmlFallback(i);
    } else if (c === C.Question) {
      const after = nameEnd(xml, i + 1);
      const target = xml.slice(i + 1, after);
      const end = xml.indexOf('?>', i + 1);
      if (after === i + 1 || end < 0 || target.toLowerCase() === 'xml' || target.includes(':')) throw new XmlFallback(i);
      if (after !== end && !isSpace(xml.charCodeAt(after))) throw new XmlFallback(i);
      i = end + 2;
    } else {
      const nameEnds = nameEnd(xml, i);
      if (nameEnds === i || (stack.length === 0 && seenRoot)) throw new XmlFallback(i);
      const name = xml.slice(i, nameEnds);
      let j = nameEnds;
      const attrs: string[] = [];
      for (;;) {
        const before = j;
        j = spaceEnd(xml, j);
        const k = xml.charCodeAt(j);
        if (k === C.Gt || k === C.Slash) break;
        const attrEnds = nameEnd(xml, j);
        if (j === before || attrEnds === j) throw new XmlFallback(j);
        const attr = xml.slice(j, attrEnds);
        j = spaceEnd(xml, attrEnds);
        if (xml.charCodeAt(j) !== C.Eq) throw new XmlFallback(j);
        j = spaceEnd(xml, j + 1);
        const q = xml.charCodeAt(j);
        if (q !== C.Quote && q !== C.Apos) throw new XmlFallback(j);
        // The value, to its closing quote, in one pass that notes what needs more than slicing out.
        let end = j + 1;
        let spaces = false;
        let references = false;
        for (; ; end++) {
          const v = xml.charCodeAt(end);
          if (v === q) break;
          if (v === C.Lt || end >= n) throw new XmlFallback(j);
          if (v === C.Tab || v === C.Lf) spaces = true;
          else if (v === C.Amp) references = true;
        }
        for (let a = 0; a < attrs.length; a += 2) if (attrs[a] === attr) throw new XmlFallback(j);
        let value = xml.slice(j + 1, end);
        // Attribute values have their tabs and line feeds read as spaces (not those written as references).
        if (spaces) value = value.replace(ATTR_SPACE, ' ');
        if (references) value = entities(value, j);
        attrs.push(attr, value);
        j = end + 1;
      }
      const selfClosing = xml.charCodeAt(j) === C.Slash;
      if (selfClosing && xml.charCodeAt(j + 1) !== C.Gt) throw new XmlFallback(j);
      seenRoot = true;
      const short = local(name);
      on.open?.(short, attrs);
      if (selfClosing) {
        on.close?.(short);
        i = j + 2;
      } else {
        stack.push(name);
        i = j + 1;
      }
    }
  }
  if (stack.length > 0 || !seenRoot) throw new XmlFallback(n);
}

/** Text between tags: entities read, `]]>` refused as saxes refuses it. */
function text(raw: string, at: number): string {
  if (raw.includes(']]>')) throw new XmlFallback(at);
  return raw.includes('&') ? entities(raw, at) : raw;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&([^;&]*);?/g;

function entities(raw: string, at: number): string {
  return raw.replace(REFERENCE, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new XmlFallback(at);
    const named = NAMED[body];
    if (named !== undefined) return named;
    const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
    if (!m) throw new XmlFallback(at);
    const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
    // Only characters XML allows. A carriage return written as a reference stays one (only a literal one is a line end).
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) throw new XmlFallback(at);
    return String.fromCodePoint(code);
  });
}
