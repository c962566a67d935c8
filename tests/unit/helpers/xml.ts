/**
 * A small, strict XML 1.0 reader for tests: enough to prove a document is well-formed (one root, balanced tags,
 * quoted and unique attributes, only valid character and entity references, no forbidden characters) and to read
 * it back as a tree with the text unescaped. Throws on the first problem. No DTDs, CDATA or processing instructions
 * other than the XML declaration.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  /** The element's own text (not its children's), unescaped. */
  text: string;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9._:-]*/u;
// eslint-disable-next-line no-control-regex -- detecting forbidden control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(raw: string, where: string): string {
  return raw.replace(/&([^;]*);?/gu, (match, ref: string) => {
    if (!match.endsWith(';')) throw new Error(`unterminated reference in ${where}: ${match}`);
    const named = NAMED[ref];
    if (named !== undefined) return named;
    const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/u.exec(ref);
    if (!numeric) throw new Error(`unknown entity &${ref}; in ${where}`);
    const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
    const char = String.fromCodePoint(code);
    if (FORBIDDEN.test(char)) throw new Error(`reference to a forbidden character in ${where}`);
    return char;
  });
}

export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN.test(xml)) throw new Error('the document contains a character XML 1.0 forbids');
  let i = 0;
  const declaration =
    /^<\?xml\s+version="1\.[0-9]"(\s+encoding="[A-Za-z0-9._-]+")?(\s+standalone="(yes|no)")?\s*\?>/u.exec(xml);
  if (declaration) i = declaration[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  const skipOutside = (text: string) => {
    if (text.trim() !== '') throw new Error(`text outside the root element: ${text.trim().slice(0, 40)}`);
  };

  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.includes(']]>')) throw new Error('"]]>" in text');
    const current = stack[stack.length - 1];
    if (current) current.text += unescape(text, `<${current.name}>`);
    else skipOutside(text);
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) throw new Error('unterminated comment');
      if (xml.slice(i + 4, end).includes('--')) throw new Error('"--" inside a comment');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('</', i)) {
      const match = NAME.exec(xml.slice(i + 2));
      if (!match) throw new Error(`bad end tag at ${i}`);
      const name = match[0];
      const close = /^\s*>/u.exec(xml.slice(i + 2 + name.length));
      if (!close) throw new Error(`bad end tag </${name} at ${i}`);
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> does not close <${open?.name ?? '(nothing)'}>`);
      i += 2 + name.length + close[0].length;
      continue;
    }
    if (xml.startsWith('<?', i) || xml.startsWith('<!', i)) throw new Error(`unsupported markup at ${i}`);
    const match = NAME.exec(xml.slice(i + 1));
    if (!match) throw new Error(`bad start tag at ${i}`);
    const element: XmlElement = { name: match[0], attributes: {}, children: [], text: '' };
    i += 1 + element.name.length;
    for (;;) {
      const ws = /^\s*/u.exec(xml.slice(i))?.[0] ?? '';
      i += ws.length;
      if (xml.startsWith('/>', i) || xml.startsWith('>', i)) break;
      if (ws === '') throw new Error(`missing whitespace before an attribute of <${element.name}>`);
      const attribute = /^([A-Za-z_:][A-Za-z0-9._:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/u.exec(xml.slice(i));
      if (!attribute?.[1]) throw new Error(`bad attribute in <${element.name}> at ${i}`);
      const attrName = attribute[1];
      if (attrName in element.attributes) throw new Error(`duplicate attribute ${attrName} in <${element.name}>`);
      element.attributes[attrName] = unescape(attribute[3] ?? attribute[4] ?? '', `attribute ${attrName}`);
      i += attribute[0].length;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root) throw new Error('more than one root element');
    else root = element;
    if (xml.startsWith('/>', i)) {
      i += 2;
    } else {
      i += 1;
      stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.map((e) => e.name).join('>, <')}>`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every descendant element with this name, in document order. */
export function elements(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}
