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

/**
 * A settings file (schema, config, roster, report wording, previous period) that cannot be used: every problem, each
 * with where it is. `kind` says whether it is an indicator set (`schema`), whose message names it so.
 */
export class SettingsError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
    readonly kind: 'schema' | 'settings' = 'settings',
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'SettingsError';
  }
}

/** Every problem zod found, each as `path: message`. */
export function zodProblems(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
    return `${where || '(gốc / root)'}: ${issue.message}`;
  });
}
