// What every command does with its arguments before its own work: read them with node:util's parseArgs,
// answer `--help`, and refuse a wrong option with the command's help and exit code 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The command's options, `help: { type: 'boolean' }` among them, and whether it takes positionals. */
type Config = Required<Pick<ParseArgsConfig, 'options'>> & Pick<ParseArgsConfig, 'allowPositionals'>;

/** Writes `press-widgets <command>: <message>` to stderr; returns the exit code of a wrong use, 2. */
export function usageError(command: string, message: string): 2 {
  process.stderr.write(`press-widgets ${command}: ${message}\n`);
  return 2;
}

/**
 * The command's options and positionals; or, when that is all there is to do, its exit code: 0 after
 * printing `help` for `--help`, 2 after a wrong option.
 */
export function commandArguments<const T extends Config>(command: string, help: string, argv: string[], config: T) {
  let parsed;
  try {
    parsed = parseArgs({ ...config, args: argv });
  } catch (error) {
    return usageError(command, `${(error as Error).message}\n\n${help}`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help);
    return 0;
  }
  return parsed;
}
