import { Inflate } from "fflate";
import { READER, Said } from "./messages";

/**
 * The zip container of an .xlsx, read with limits on what it really holds: the entries found in its
 * central directory (not the count it states), the bytes each entry really inflates to (not the size
 * it declares), and its CRC. Only the entries asked for are inflated, in slices, so a bomb is stopped
 * after one slice beyond a limit. Real disclosure workbooks are far below every limit (a 100,000-row
 * ledger is about 5 MB, 40 MB inflated).
 */
export const ZIP_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  /** All entries read, inflated. */
  inflatedBytes: 500 * 1024 * 1024,
  /** One entry, inflated. */
  entryBytes: 300 * 1024 * 1024,
  entries: 10_000,
  /** An entry inflating more than this many times its compressed size is a zip bomb. */
  ratio: 500,
};

/** A file the reader refuses, with a message a user can act on. */
export class UnreadableWorkbook extends Error {
  constructor(readonly reason: Said) {
    super(reason.en);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localHeader: number;
}

const SLICE = 64 * 1024;

/** Printable text (tabs and line breaks allowed), with no byte that failed to decode. */
function isText(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd || (code < 0x20 && ch !== "\t" && ch !== "\n" && ch !== "\r") || (code >= 0x7f && code < 0xa0)) return false;
  }
  return true;
}

/** What a file that is not a zip archive is, in words that say what to do. */
function notAZip(bytes: Uint8Array): Said {
  const word = (at: number) => ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
  // An OLE2 compound file: Excel 97–2003, or an .xlsx that a password encrypts.
  if (bytes.length >= 8 && word(0) === 0xd0cf11e0 && word(4) === 0xa1b11ae1) {
    const head = new TextDecoder("utf-16le").decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
    if (head.includes("EncryptionInfo") || head.includes("EncryptedPackage")) return READER.passwordProtected();
    return READER.legacyXls();
  }
  if (isText(new TextDecoder().decode(bytes.subarray(0, 512), { stream: true }))) return READER.text();
  return READER.notZip();
}

const damaged = (what: string) => new UnreadableWorkbook(READER.damaged(what));

/** The entries of the central directory, by name; nothing is inflated. */
export function readDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  if (bytes.length === 0) throw new UnreadableWorkbook(READER.empty());
  if (bytes.length > ZIP_LIMITS.fileBytes) throw new UnreadableWorkbook(READER.tooLarge(ZIP_LIMITS.fileBytes));
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new UnreadableWorkbook(notAZip(bytes));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged("no zip directory");
  const stated = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (stated === 0xffff || offset === 0xffffffff) throw new UnreadableWorkbook(READER.zip64());
  if (offset + directorySize > eocd) throw damaged("zip directory out of range");
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let position = offset;
  // Walk the records the directory really holds, whatever count it states.
  while (position < offset + directorySize) {
    if (position + 46 > eocd || view.getUint32(position, true) !== 0x02014b50) throw damaged("bad zip directory entry");
    if (entries.size >= ZIP_LIMITS.entries) throw new UnreadableWorkbook(READER.entries(ZIP_LIMITS.entries));
    const flags = view.getUint16(position + 8, true);
    if (flags & 1) throw new UnreadableWorkbook(READER.encrypted());
    const nameLength = view.getUint16(position + 28, true);
    const entry: ZipEntry = {
      method: view.getUint16(position + 10, true),
      crc: view.getUint32(position + 16, true),
      compressedSize: view.getUint32(position + 20, true),
      size: view.getUint32(position + 24, true),
      localHeader: view.getUint32(position + 42, true),
      name: decoder.decode(bytes.subarray(position + 46, position + 46 + nameLength)),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new UnreadableWorkbook(READER.zip64());
    if (entries.has(entry.name)) throw damaged(`the part ${entry.name} appears twice`);
    entries.set(entry.name, entry);
    position += 46 + nameLength + view.getUint16(position + 30, true) + view.getUint16(position + 32, true);
  }
  if (entries.size !== stated) throw damaged(`the zip directory states ${stated} entries but holds ${entries.size}`);
  // What the entries declare is checked before anything inflates; what they really inflate, while they do.
  let declared = 0;
  for (const entry of entries.values()) {
    declared += entry.size;
    if (declared > ZIP_LIMITS.inflatedBytes) throw new UnreadableWorkbook(READER.inflatesBeyond(ZIP_LIMITS.inflatedBytes));
    if (entry.size > 1024 * 1024 && entry.size > entry.compressedSize * ZIP_LIMITS.ratio) throw new UnreadableWorkbook(READER.ratio(ZIP_LIMITS.ratio));
  }
  return entries;
}

/** CRC-32 tables for slicing by four bytes at a time (the ledger's 40 MB are checked on every read). */
const CRC_TABLES = (() => {
  const tables = Array.from({ length: 4 }, () => new Int32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[0][n] = c;
  }
  for (let n = 0; n < 256; n++) for (let t = 1; t < 4; t++) tables[t][n] = tables[0][tables[t - 1][n] & 0xff] ^ (tables[t - 1][n] >>> 8);
  return tables;
})();

function crc32(crc: number, data: Uint8Array): number {
  const [t0, t1, t2, t3] = CRC_TABLES;
  let c = ~crc;
  let i = 0;
  for (const end = data.length - 3; i < end; i += 4) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c = t3[c & 0xff] ^ t2[(c >>> 8) & 0xff] ^ t1[(c >>> 16) & 0xff] ^ t0[c >>> 24];
  }
  for (; i < data.length; i++) c = t0[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Inflated bytes so far across the entries of one workbook: the whole-archive limit. */
export class InflateBudget {
  used = 0;
}

/**
 * Inflates one entry, handing its bytes to `onData` as they come. Stops at the first slice that passes
 * the entry's declared size, the per-entry or whole-archive limit, or the ratio; checks the CRC at the end.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, onData: (chunk: Uint8Array) => void): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw damaged(`no local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`${entry.name} runs past the end of the file`);
  const limit = Math.min(entry.size, ZIP_LIMITS.entryBytes);
  if (entry.size > ZIP_LIMITS.entryBytes) throw new UnreadableWorkbook(READER.partTooLarge(entry.name, ZIP_LIMITS.entryBytes));
  let produced = 0;
  let crc = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    budget.used += chunk.length;
    if (produced > limit) throw damaged(`${entry.name} inflates beyond its declared ${entry.size} bytes`);
    if (budget.used > ZIP_LIMITS.inflatedBytes) throw new UnreadableWorkbook(READER.inflatesBeyond(ZIP_LIMITS.inflatedBytes));
    crc = crc32(crc, chunk);
    onData(chunk);
  };
  if (entry.method === 0) {
    for (let p = start; p < end; p += SLICE) take(bytes.subarray(p, Math.min(end, p + SLICE)));
  } else if (entry.method === 8) {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      for (let p = start; p < end; p += SLICE) inflater.push(bytes.subarray(p, Math.min(end, p + SLICE)), p + SLICE >= end);
      if (start === end) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof UnreadableWorkbook) throw error;
      throw damaged(`${entry.name} does not inflate: ${(error as Error).message}`);
    }
  } else {
    throw new UnreadableWorkbook(READER.method(entry.name, entry.method));
  }
  if (produced !== entry.size) throw damaged(`${entry.name} inflates to ${produced} bytes, not the ${entry.size} declared`);
  if (crc !== entry.crc) throw damaged(`${entry.name} fails its CRC check`);
}
