import { SaxesParser } from "saxes";
import { FastXml, XmlError } from "./fast-xml";
import { UnreadableWorkbook } from "./zip";
import { READER } from "./messages";

/**
 * A streaming parse of one workbook part: the bytes arrive as they inflate and the handlers see
 * elements by their local name (a prefix such as "x:" is dropped). A DTD, an undeclared entity or
 * malformed XML ends the read with a message naming the part. UTF-8 and UTF-16 parts are read.
 */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

function encodingOf(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (head[0] === 0x3c && head[1] === 0x00) return "utf-16le";
  if (head[0] === 0x00 && head[1] === 0x3c) return "utf-16be";
  return "utf-8";
}

export interface XmlSink {
  write(chunk: Uint8Array): void;
  end(): void;
}

/** The text parser: saxes, or for the worksheet parts (nearly all the bytes) the fast tokenizer held to it. */
function parser(part: string, handlers: XmlHandlers, fast: boolean): { write(text: string): void; close(): void } {
  if (fast) {
    const tokenizer = new FastXml(handlers);
    return { write: (text) => tokenizer.write(text), close: () => tokenizer.end() };
  }
  const saxes = new SaxesParser({ xmlns: false, position: false });
  saxes.on("error", (error) => {
    throw new XmlError(error.message.split("\n")[0]);
  });
  saxes.on("doctype", () => {
    throw new XmlError("it declares a DTD, which a workbook never does");
  });
  saxes.on("opentag", (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  if (handlers.close) {
    const close = handlers.close;
    saxes.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    saxes.on("text", handlers.text);
    saxes.on("cdata", handlers.text);
  }
  return { write: (text) => saxes.write(text), close: () => saxes.close() };
}

export function xmlSink(part: string, handlers: XmlHandlers, fast = false): XmlSink {
  const fail = (why: string) => new UnreadableWorkbook(READER.invalidXml(part, why));
  const parse = parser(part, handlers, fast);
  let decoder: TextDecoder | undefined;
  let pending: Uint8Array | undefined;
  const feed = (text: string) => {
    if (text.length > 0) parse.write(text);
  };
  return {
    write(chunk) {
      if (!decoder) {
        // The first two bytes tell the encoding; a part may arrive one byte at a time.
        const head = pending ? concat(pending, chunk) : chunk;
        if (head.length < 2) {
          pending = head;
          return;
        }
        pending = undefined;
        decoder = new TextDecoder(encodingOf(head), { fatal: true, ignoreBOM: false });
        chunk = head;
      }
      try {
        feed(decoder.decode(chunk, { stream: true }));
      } catch (error) {
        throw error instanceof UnreadableWorkbook ? error : fail((error as Error).message);
      }
    },
    end() {
      try {
        if (!decoder) {
          decoder = new TextDecoder("utf-8", { fatal: true });
          if (pending) feed(decoder.decode(pending, { stream: true }));
        }
        feed(decoder.decode());
        parse.close();
      } catch (error) {
        throw error instanceof UnreadableWorkbook ? error : fail((error as Error).message);
      }
    },
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
