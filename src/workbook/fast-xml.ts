import type { XmlHandlers } from "./xml";

/**
 * A strict, fast tokenizer for the worksheet parts, which are nearly all of a workbook's bytes (a
 * 100,000-row ledger is 33 MB of <row>, <c> and <v>). It gives the same events as saxes for
 * well-formed XML — tags checked to nest, attributes quoted and unique, the five entities and
 * character references only — and refuses a DTD, an unknown entity, a raw < in a value, text outside
 * the root or an unclosed element. The differential test holds it to saxes on every part it reads.
 * Text may arrive in several events; handlers concatenate it.
 */

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
/** No entity or character reference is longer than this (&#x10FFFF;). */
const LONGEST_ENTITY = 10;

/** Longer than any tag, comment or CDATA section a workbook holds; waiting for its end would rescan it. */
const LONGEST_TAG = 4 * 1024 * 1024;

export class XmlError extends Error {}

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

function decode(text: string): string {
  let out = "";
  let from = 0;
  for (let amp = text.indexOf("&"); amp >= 0; amp = text.indexOf("&", from)) {
    const semi = text.indexOf(";", amp);
    if (semi < 0 || semi - amp > LONGEST_ENTITY) throw new XmlError("a & that starts no entity");
    const name = text.slice(amp + 1, semi);
    let char: string | undefined;
    if (name.charCodeAt(0) === 35 /* # */) {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const digits = name[1] === "x" ? /^[0-9a-fA-F]+$/.test(name.slice(2)) : /^[0-9]+$/.test(name.slice(1));
      if (!digits || !(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw new XmlError(`a bad character reference &${name};`);
      char = String.fromCodePoint(code);
    } else char = ENTITIES[name];
    if (char === undefined) throw new XmlError(`undefined entity &${name};`);
    out += text.slice(from, amp) + char;
    from = semi + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

export class FastXml {
  private buffer = "";
  private readonly stack: string[] = [];
  private rootSeen = false;

  constructor(private readonly handlers: XmlHandlers) {}

  write(text: string): void {
    this.buffer = this.buffer.length === 0 ? text : this.buffer + text;
    this.drain(false);
  }

  end(): void {
    this.drain(true);
    if (this.buffer.length > 0) throw new XmlError("the document ends inside a tag");
    if (!this.rootSeen) throw new XmlError("the document has no root element");
    if (this.stack.length > 0) throw new XmlError(`<${this.stack[this.stack.length - 1]}> is never closed`);
  }

  private text(raw: string): void {
    if (raw.length === 0) return;
    if (this.stack.length === 0) {
      for (let i = 0; i < raw.length; i++) if (!isSpace(raw.charCodeAt(i))) throw new XmlError("text outside the root element");
      return;
    }
    if (raw.includes(">") && raw.includes("]]>")) throw new XmlError("]]> in text");
    // XML reads every line ending as \n.
    const lines = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
    this.handlers.text?.(decode(lines));
  }

  private drain(final: boolean): void {
    const s = this.buffer;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        // Text to the end of what has arrived: hand it on, but keep an entity that may be cut.
        let upTo = n;
        const amp = s.lastIndexOf("&");
        if (!final && amp >= i && s.indexOf(";", amp) < 0) {
          if (n - amp > LONGEST_ENTITY) throw new XmlError("a & that starts no entity");
          upTo = amp;
        }
        // A \r may be the first half of a \r\n cut between two pieces.
        if (!final && upTo === n && s.charCodeAt(n - 1) === 13) upTo = n - 1;
        this.text(s.slice(i, upTo));
        i = upTo;
        break;
      }
      if (lt > i) this.text(s.slice(i, lt));
      i = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === 33 /* ! */) {
        if (s.startsWith("<!--", lt)) {
          const close = s.indexOf("-->", lt + 4);
          if (close < 0) break;
          i = close + 3;
        } else if (s.startsWith("<![CDATA[", lt)) {
          const close = s.indexOf("]]>", lt + 9);
          if (close < 0) break;
          if (this.stack.length === 0) throw new XmlError("CDATA outside the root element");
          const cdata = s.slice(lt + 9, close);
          this.handlers.text?.(cdata.includes("\r") ? cdata.replace(/\r\n?/g, "\n") : cdata);
          i = close + 3;
        } else if (n - lt < 9 && !final) break;
        else throw new XmlError("it declares a DTD, which a workbook never does");
        continue;
      }
      if (next === 63 /* ? */) {
        const close = s.indexOf("?>", lt + 2);
        if (close < 0) break;
        i = close + 2;
        continue;
      }
      const end = tagEnd(s, lt + 1);
      if (end < 0) break; // the tag is not all here yet
      this.tag(s.slice(lt + 1, end));
      i = end + 1;
    }
    this.buffer = i >= n ? "" : s.slice(i);
    // What waits here is one unfinished tag, comment or CDATA section: real ones are short.
    if (this.buffer.length > LONGEST_TAG) throw new XmlError(`a tag, comment or CDATA section longer than ${LONGEST_TAG / 1024 / 1024} MB`);
  }

  private tag(body: string): void {
    if (body.charCodeAt(0) === 47 /* / */) {
      const name = body.slice(1).trimEnd();
      const open = this.stack.pop();
      if (open !== name) throw new XmlError(open === undefined ? `</${name}> closes nothing` : `</${name}> closes <${open}>`);
      this.handlers.close?.(localName(name));
      return;
    }
    const selfClosing = body.charCodeAt(body.length - 1) === 47;
    const content = selfClosing ? body.slice(0, -1) : body;
    let p = 0;
    while (p < content.length && !isSpace(content.charCodeAt(p))) p++;
    const name = content.slice(0, p);
    if (name.length === 0 || name.includes("<") || name.includes("=") || name.includes('"')) throw new XmlError(`a bad tag <${body.slice(0, 20)}>`);
    if (this.stack.length === 0) {
      if (this.rootSeen) throw new XmlError("a second root element");
      this.rootSeen = true;
    }
    const attributes: Record<string, string> = {};
    while (p < content.length) {
      while (p < content.length && isSpace(content.charCodeAt(p))) p++;
      if (p >= content.length) break;
      const eq = content.indexOf("=", p);
      if (eq < 0) throw new XmlError(`an attribute without a value in <${name}>`);
      const key = content.slice(p, eq).trimEnd();
      if (key.length === 0 || /[\s"'<>]/.test(key)) throw new XmlError(`a bad attribute in <${name}>`);
      let q = eq + 1;
      while (q < content.length && isSpace(content.charCodeAt(q))) q++;
      const quote = content[q];
      if (quote !== '"' && quote !== "'") throw new XmlError(`an unquoted attribute value in <${name}>`);
      const close = content.indexOf(quote, q + 1);
      if (close < 0) throw new XmlError(`an unclosed attribute value in <${name}>`);
      const raw = content.slice(q + 1, close);
      if (raw.includes("<")) throw new XmlError(`a < inside an attribute value of <${name}>`);
      if (key in attributes) throw new XmlError(`the attribute ${key} twice in <${name}>`);
      // XML reads line endings and tabs in a value as spaces (a character reference stays what it is).
      const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n/g, " ").replace(/[\t\n\r]/g, " ") : raw;
      attributes[key] = spaced.includes("&") ? decode(spaced) : spaced;
      p = close + 1;
      if (p < content.length && !isSpace(content.charCodeAt(p))) throw new XmlError(`attributes without space between them in <${name}>`);
    }
    this.stack.push(name);
    this.handlers.open(localName(name), attributes);
    if (selfClosing) {
      this.stack.pop();
      this.handlers.close?.(localName(name));
    }
  }
}

/** The index of the > that ends a tag starting at `from`, skipping > inside quoted values; -1 if not here yet. */
function tagEnd(s: string, from: number): number {
  let i = from;
  for (;;) {
    const gt = s.indexOf(">", i);
    if (gt < 0) return -1;
    // Most tags have no > inside a value: check the quotes up to this > are balanced.
    let quote = 0;
    let j = i;
    for (; j < gt; j++) {
      const c = s.charCodeAt(j);
      if (quote === 0) {
        if (c === 34 || c === 39) quote = c;
      } else if (c === quote) quote = 0;
    }
    if (quote === 0) return gt;
    const close = s.indexOf(String.fromCharCode(quote), gt);
    if (close < 0) return -1;
    i = close + 1;
  }
}
