import { runFunction } from "./fn";
import { CliIO, processIO } from "./io";

const USAGE = `green-disclosure — carbon figures for PBoC environmental-information disclosure (金融机构环境信息披露)

usage:
  green-disclosure validate <file.xlsx|folder>… [--template <id>|auto|<file.json>] [--pack <pack>] [--format text|json]
                            [--lang zh-CN|en-US] [--strict] [--explain] [--summary <out.xlsx>]
                                       find the disclosure tables in a workbook and check them (the file is only read);
                                       every table says what was mapped and which checks ran or could not run;
                                       --explain shows why each row and column was mapped; --pack 湖州 (national,
                                       shenzhen, huzhou, guizhou, jiangsu, facility) looks only for that pack's tables;
                                       several files or a folder: a table of files (JSON Lines with --format json),
                                       checked on every core; --summary writes a workbook with a row per finding
  green-disclosure templates           list the built-in templates by pack
  green-disclosure template <id> --out <file.xlsx>
                                       write a blank workbook of one template
  green-disclosure fn <NAME> [args…]   evaluate a =CARBON.* function, e.g. fn CO2_FROM_ELECTRICITY 602333 南方 2012
  green-disclosure fn --list           list the functions and their parameters
  green-disclosure fn <NAME> --help    what a function computes and each parameter's help

Arguments are read like typed cell input: 12.5, 1.2% (= 0.012), TRUE/FALSE, a JSON array [[1],[2]] as a range, else text.
Exit codes: 0 ok; 1 an error finding (validate; with --strict also a warning or a check that could not run) or an
Excel error (fn, message on stderr); 2 usage error or unreadable file.`;

/** The workbook reader and writer load only for the commands that read or write files, not for `fn`. */
function fileCommands(): typeof import("./validate") {
  return require("./validate");
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "fn":
      return runFunction(rest, io);
    case "validate":
      return fileCommands().runValidate(rest, io);
    case "templates":
      return fileCommands().runTemplates(io);
    case "template":
      return fileCommands().runTemplate(rest, io);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.err(`green-disclosure: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

/** A batch worker thread's entry (./batch starts workers on this file when it runs bundled). */
export function serveChecks(): void {
  (require("./check-file") as typeof import("./check-file")).serveChecks();
}
