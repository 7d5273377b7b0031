import { printable } from "./printable";

/** Where the CLI writes: injectable so tests can capture output without spawning a process. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

// A reader that stops early (`… | head`) closes the pipe: that ends the output, it is not a failure.
let closed = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  closed = true;
});

/** The terminal: whatever a line carries, no control character reaches it raw (./printable). */
export const processIO: CliIO = {
  out: (line) => {
    if (!closed) process.stdout.write(printable(line) + "\n");
  },
  err: (line) => process.stderr.write(printable(line) + "\n"),
};
