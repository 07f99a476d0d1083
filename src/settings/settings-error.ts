/**
 * A settings file given on the command line (schema, config, roster, wording, previous period) that cannot be opened:
 * not there, a folder, or not readable. `code` is the system's (ENOENT, EISDIR, EACCES…).
 */
export class SettingsFileError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`${file}: ${code}`);
    this.name = 'SettingsFileError';
  }
}

/** A settings file (config, roster, report wording) that cannot be used: every problem, each with where it is. */
export class SettingsError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'SettingsError';
  }
}
