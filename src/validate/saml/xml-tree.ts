import { SaxesParser, SaxesTagNS } from 'saxes';

/**
 * A SAML metadata file read into a small element tree with positions.
 *
 * Why saxes (pinned 6.0.0): it is a strict, namespace-aware XML 1.0 parser
 * (it reports every well-formedness error, where @xmldom/xmldom only warns on
 * some and gives imprecise positions), it never fetches anything and never
 * expands a DTD (a DOCTYPE is handed over as an opaque string, and a
 * reference to an entity it does not know is an error), so neither XXE nor
 * entity expansion ("billion laughs") can happen. On top of that, this module
 * rejects any DOCTYPE outright (SAML metadata has no use for one) and reads at
 * most MAX_METADATA_BYTES.
 */

/** Bytes of metadata read. Cognito documents no limit for MetadataFile; Entra ID's metadata is about 20 KB, so 1 MiB is generous. */
export const MAX_METADATA_BYTES = 1024 * 1024;

export interface XmlPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (as the YAML loader counts them). */
  col: number;
}

export interface XmlElement extends XmlPosition {
  /** Namespace URI ('' when none). */
  uri: string;
  /** Local name, without prefix. */
  local: string;
  /** Unqualified attributes by name (`entityID`, `use`, `Binding`, ...). */
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** The element's own character data (not its descendants'). */
  text: string;
}

export type XmlProblem =
  | ({ kind: 'too-large'; bytes: number } & XmlPosition)
  | ({ kind: 'doctype' } & XmlPosition)
  | ({ kind: 'malformed'; reason: string } & XmlPosition);

export type XmlResult = { root: XmlElement } | { problem: XmlProblem };

/** Thrown from saxes' handlers to stop at the first problem (saxes would otherwise carry on). */
class Stop extends Error {}

export function parseXml(source: string): XmlResult {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_METADATA_BYTES) return { problem: { kind: 'too-large', bytes, line: 1, col: 1 } };
  // Editors hide a byte-order mark; dropping it keeps column 1 where the user sees it.
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lines = lineStarts(text);
  const at = (offset: number): XmlPosition =>
    positionOf(lines, Math.max(0, Math.min(offset, text.length)));

  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let problem: XmlProblem | undefined;
  // Where the element being opened starts: saxes reports `opentagstart` after
  // reading `<`, the name and one more character, counted in UTF-16 units.
  let pendingStart: XmlPosition | undefined;

  // saxes fails some constructs where it notices them, past their start; point at where they begin.
  const clearerPosition = (message: string, offset: number): XmlPosition => {
    // Namespaces are resolved at the end of the start tag: point at the tag.
    if (message.includes('unbound namespace prefix') && pendingStart) return pendingStart;
    // A closing tag is judged at its `>`: point at its `</`.
    if (/unexpected close tag|unmatched closing tag/.test(message)) {
      const open = text.lastIndexOf('</', offset);
      if (open >= 0) return at(open);
    }
    // Text before the root is reported where it ends: point at where it starts.
    if (message.includes('text data outside of root node') && !root)
      return at(firstTextOffset(text));
    return at(offset);
  };
  parser.on('error', (error) => {
    // `position` is just past the character that failed. saxes reads a bare
    // `&` (`?a=1&b=2` pasted into a URL) as the start of an entity name that
    // runs to the end of the file, and fails there; the `&` is the real error.
    const offset = parser.position - 1;
    const ampersand = firstBareAmpersand(text);
    if (ampersand !== undefined && ampersand <= offset) {
      problem = {
        kind: 'malformed',
        reason: 'an `&` that starts no entity or character reference (write `&amp;`)',
        ...at(ampersand),
      };
    } else {
      problem = {
        kind: 'malformed',
        reason: describeSaxesError(error.message),
        ...clearerPosition(error.message, offset),
      };
    }
    throw new Stop();
  });
  parser.on('doctype', () => {
    const start = text.lastIndexOf('<!DOCTYPE', parser.position);
    problem = { kind: 'doctype', ...at(start >= 0 ? start : parser.position - 1) };
    throw new Stop();
  });
  parser.on('opentagstart', (tag) => {
    pendingStart = at(parser.position - tag.name.length - 2);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes: unqualifiedAttributes(tag),
      children: [],
      text: '',
      ...(pendingStart ?? at(parser.position - 1)),
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (data) => {
    const current = stack[stack.length - 1];
    if (current) current.text += data;
  });
  parser.on('cdata', (data) => {
    const current = stack[stack.length - 1];
    if (current) current.text += data;
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  if (problem) return { problem };
  if (!root)
    return {
      problem: { kind: 'malformed', reason: 'document must contain a root element', ...at(0) },
    };
  return { root };
}

function unqualifiedAttributes(tag: SaxesTagNS): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.uri === '' && attribute.prefix === '')
      attributes.set(attribute.local, attribute.value);
  }
  return attributes;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function positionOf(starts: number[], offset: number): XmlPosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, col: offset - starts[low] + 1 };
}

/** The offset of the first character outside whitespace, the XML declaration, processing instructions and comments. */
function firstTextOffset(text: string): number {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    const close = text.startsWith('<?', i) ? '?>' : text.startsWith('<!--', i) ? '-->' : undefined;
    if (!close) return i;
    const end = text.indexOf(close, i);
    if (end < 0) return i;
    i = end + close.length;
  }
}

const REFERENCE = /&(?:#[0-9]+|#x[0-9A-Fa-f]+|[\p{L}_:][\p{L}\p{N}\p{M}_.:\u00B7-]*);/uy;

/** The offset of the first `&` outside comments, CDATA and processing instructions that begins no reference. */
export function firstBareAmpersand(text: string): number | undefined {
  const skips: Array<[string, string]> = [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
  ];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '<') {
      const skip = skips.find(([open]) => text.startsWith(open, i));
      if (skip) {
        const end = text.indexOf(skip[1], i + skip[0].length);
        if (end < 0) return undefined;
        i = end + skip[1].length;
        continue;
      }
    } else if (c === '&') {
      REFERENCE.lastIndex = i;
      if (!REFERENCE.test(text)) return i;
    }
    i++;
  }
  return undefined;
}

/** An XML name short enough to quote back (element, attribute or prefix names). */
const SHORT_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]{0,39}$/;

/** saxes messages that end in a name taken from the file. */
const NAMED =
  /^(duplicate attribute|unclosed tag|unmatched closing tag|unbound namespace prefix|malformed name): "?(.*?)"?\.?$/s;

/**
 * saxes' reason, without its `line:col:` prefix and without file content:
 * a message that quotes the file keeps at most a short XML name (a file could
 * hold anything, secrets included).
 */
export function describeSaxesError(raw: string): string {
  const message = raw.replace(/^\d+:\d+: /, '').trim();
  const named = NAMED.exec(message);
  if (named) return SHORT_NAME.test(named[2]) ? `${named[1]} \`${named[2]}\`` : named[1];
  // The only other message that interpolates file content is about a URI.
  if (message.startsWith('the default namespace may not be set to'))
    return 'the default namespace may not be set to a reserved namespace';
  const head = message.split(': ')[0].replace(/\.$/, '');
  return head.length <= 80 ? head : 'the XML is malformed';
}
