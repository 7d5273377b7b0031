import { runFunction } from "./fn";
import { CliIO, processIO } from "./io";

const USAGE = `green-disclosure — carbon figures for PBoC environmental-information disclosure (金融机构环境信息披露)

usage:
  green-disclosure fn <NAME> [args…]   evaluate a =CARBON.* function, e.g. fn CO2_FROM_ELECTRICITY 602333 南方 2012
  green-disclosure fn --list           list the functions and their parameters

Arguments are read like typed cell input: 12.5, 1.2% (= 0.012), TRUE/FALSE, a JSON array [[1],[2]] as a range, else text.
Exit codes: 0 ok; 1 the function returned an Excel error (message on stderr); 2 usage error.`;

export function main(argv: string[], io: CliIO = processIO): number {
  const [command, ...rest] = argv;
  switch (command) {
    case "fn":
      return runFunction(rest, io);
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
