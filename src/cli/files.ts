import fs from "fs";
import type { Bilingual } from "../core/messages";
import { FILE } from "./messages";

/** A file's bytes, or why it cannot be read, in one line. */
export type FileRead = { ok: true; bytes: Buffer } | { ok: false; reason: Bilingual };

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * Reads a regular file of at most `limit` bytes. A FIFO, a device (also behind a symlink), a folder or a
 * socket is refused before anything is read, and the size is checked before reading, so neither a pipe
 * that never ends nor /dev/zero can hold the CLI.
 */
export function readRegularFile(file: string, limit: number): FileRead {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO with no writer returns at once.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? FILE.missing() : code === "EACCES" ? FILE.denied() : code === "EISDIR" ? FILE.folder() : FILE.other((error as Error).message);
    return { ok: false, reason };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: FILE.folder() };
    if (!stat.isFile()) {
      const [zh, en] = stat.isFIFO()
        ? ["管道（FIFO）", "a pipe (FIFO)"]
        : stat.isSocket()
          ? ["套接字", "a socket"]
          : stat.isCharacterDevice() || stat.isBlockDevice()
            ? ["设备", "a device"]
            : ["特殊文件", "not a file"];
      return { ok: false, reason: FILE.notRegular(zh, en) };
    }
    if (stat.size > limit) return { ok: false, reason: FILE.tooLarge(MB(limit)) };
    // Read what stat said, and one byte more to notice a file that grew meanwhile.
    const bytes = Buffer.alloc(stat.size + 1);
    let read = 0;
    for (;;) {
      const n = fs.readSync(fd, bytes, read, bytes.length - read, null);
      if (n === 0) break;
      read += n;
      if (read > stat.size) return { ok: false, reason: FILE.changed() };
    }
    return { ok: true, bytes: bytes.subarray(0, read) };
  } catch (error) {
    return { ok: false, reason: FILE.other((error as Error).message) };
  } finally {
    fs.closeSync(fd);
  }
}
