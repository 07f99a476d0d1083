import { SettingsError, SettingsFileError } from '../model/settings-error.js';

/** The words a settings problem is told in (CliText's). */
export interface SettingsProblemWords {
  schemaBroken: (f: string) => string;
  settingsBroken: (f: string) => string;
  settingsUnreadable: (f: string, code: string) => string;
}

/**
 * A broken or unreadable schema or settings file as the message its user reads, every problem listed; undefined for
 * any other error. `shown` names the file as the user knows it.
 */
export function settingsProblemText(error: unknown, t: SettingsProblemWords, shown: (file: string) => string = (f) => f): string | undefined {
  if (error instanceof SettingsFileError) return t.settingsUnreadable(shown(error.file), error.code);
  if (error instanceof SettingsError) {
    const title = error.kind === 'schema' ? t.schemaBroken(shown(error.file)) : t.settingsBroken(shown(error.file));
    return `${title}\n${error.problems.map((p) => `  - ${p}`).join('\n')}`;
  }
  return undefined;
}
