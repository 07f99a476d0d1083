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
