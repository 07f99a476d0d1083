import { settingsProblemText, type SettingsProblemWords } from '../i18n/settings-problem.js';

/** The command was misused (bad option value, no files…): a message and exit code 2, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A broken schema or settings file, as the message a misused command gets (exit code 2), every problem listed. */
export function settingsUsageError(error: unknown, t: SettingsProblemWords): never {
  const text = settingsProblemText(error, t);
  if (text !== undefined) throw new UsageError(text);
  throw error;
}
