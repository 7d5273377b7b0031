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
      const after = s.charCodeAt(lt + 1) === 47 ? this.closeTag(s, lt + 2) : this.openTag(s, lt + 1);
      if (after < 0) break; // the tag is not all here yet
      i = after;
    }
    this.buffer = i >= n ? "" : s.slice(i);
    // What waits here is one unfinished tag, comment or CDATA section: real ones are short.
    if (this.buffer.length > LONGEST_TAG) throw new XmlError(`a tag, comment or CDATA section longer than ${LONGEST_TAG / 1024 / 1024} MB`);
  }

  /** `</name>` from just after `</`: the index after its `>`, or -1 if it has not all arrived. */
  private closeTag(s: string, from: number): number {
    const gt = s.indexOf(">", from);
    if (gt < 0) return -1;
    let end = gt;
    while (end > from && isSpace(s.charCodeAt(end - 1))) end--;
    const name = s.slice(from, end);
    const open = this.stack.pop();
    if (open !== name) throw new XmlError(open === undefined ? `</${name}> closes nothing` : `</${name}> closes <${open}>`);
    this.handlers.close?.(localName(name));
    return gt + 1;
  }

  /**
   * `<name a="v" …>` or `<name …/>` from just after `<`, read in place: the index after its `>`, or -1
   * if it has not all arrived (nothing is emitted then; it is read again with more text).
   */
  private openTag(s: string, from: number): number {
    const n = s.length;
    let p = from;
    while (p < n) {
      const c = s.charCodeAt(p);
      if (isSpace(c) || c === 62 /* > */ || c === 47 /* / */) break;
      if (c === 60 || c === 61 || c === 34 || c === 39) throw new XmlError(`a bad tag <${s.slice(from, p + 1)}`);
      p++;
    }
    if (p >= n) return -1;
    if (p === from) throw new XmlError("a < that starts no tag");
    const name = s.slice(from, p);
    let attributes: Record<string, string> | undefined;
    for (;;) {
      const spaced = p < n && isSpace(s.charCodeAt(p));
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const c = s.charCodeAt(p);
      if (c === 62 /* > */) return this.emitOpen(name, attributes ?? {}, false, p + 1);
      if (c === 47 /* / */) {
        if (p + 1 >= n) return -1;
        if (s.charCodeAt(p + 1) !== 62) throw new XmlError(`a / inside <${name}>`);
        return this.emitOpen(name, attributes ?? {}, true, p + 2);
      }
      if (!spaced) throw new XmlError(`attributes without space between them in <${name}>`);
      const eq = s.indexOf("=", p);
      if (eq < 0) return -1;
      let keyEnd = eq;
      while (keyEnd > p && isSpace(s.charCodeAt(keyEnd - 1))) keyEnd--;
      const key = s.slice(p, keyEnd);
      for (let k = 0; k < key.length; k++) {
        const kc = key.charCodeAt(k);
        if (isSpace(kc) || kc === 34 || kc === 39 || kc === 60 || kc === 62 || kc === 47) throw new XmlError(`a bad attribute in <${name}>`);
      }
      if (key.length === 0) throw new XmlError(`an attribute without a name in <${name}>`);
      let q = eq + 1;
      while (q < n && isSpace(s.charCodeAt(q))) q++;
      if (q >= n) return -1;
      const quote = s.charCodeAt(q);
      if (quote !== 34 && quote !== 39) throw new XmlError(`an unquoted attribute value in <${name}>`);
      const close = s.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (close < 0) return -1;
      let raw = s.slice(q + 1, close);
      // One pass over the value for what needs care: < (never allowed), & (entities), tabs and line ends.
      let special = 0;
      for (let k = 0; k < raw.length; k++) {
        const vc = raw.charCodeAt(k);
        if (vc === 60) throw new XmlError(`a < inside an attribute value of <${name}>`);
        if (vc === 38 || vc === 9 || vc === 10 || vc === 13) special |= vc === 38 ? 1 : 2;
      }
      // XML reads line endings and tabs in a value as spaces (a character reference stays what it is).
      if (special & 2) raw = raw.replace(/\r\n/g, " ").replace(/[\t\n\r]/g, " ");
      attributes ??= {};
      if (key in attributes) throw new XmlError(`the attribute ${key} twice in <${name}>`);
      attributes[key] = special & 1 ? decode(raw) : raw;
      p = close + 1;
    }
  }

  private emitOpen(name: string, attributes: Record<string, string>, selfClosing: boolean, after: number): number {
    if (this.stack.length === 0) {
      if (this.rootSeen) throw new XmlError("a second root element");
      this.rootSeen = true;
    }
    const local = localName(name);
    this.handlers.open(local, attributes);
    if (selfClosing) this.handlers.close?.(local);
    else this.stack.push(name);
    return after;
  }
}
