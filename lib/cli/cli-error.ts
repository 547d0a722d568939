/** Exit codes of the claims CLI contract: 1 = bad input (names the file), 2 = bad usage. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

export const badInput = (file: string, reason: string) => new CliError(`${file}: ${reason}`, 1);
export const badUsage = (reason: string) => new CliError(reason, 2);
