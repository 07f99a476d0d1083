import { SettingsError, SettingsFileError } from '../model/settings-error.js';

/** The command was misused (bad option value, no files…): a message and exit code 2, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A broken schema or settings file, as the message a misused command gets (exit code 2), every problem listed. */
export function settingsUsageError(
  error: unknown,
  t: { schemaBroken: (f: string) => string; settingsBroken: (f: string) => string; settingsUnreadable: (f: string, code: string) => string },
): never {
  const listed = (title: string, problems: string[]) => new UsageError(`${title}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  if (error instanceof SettingsFileError) throw new UsageError(t.settingsUnreadable(error.file, error.code));
  if (error instanceof SettingsError) throw listed(error.kind === 'schema' ? t.schemaBroken(error.file) : t.settingsBroken(error.file), error.problems);
  throw error;
}
