import type { Finding, FindingCode, FindingParams, Severity } from './finding.js';
import { locationOf } from './finding.js';
import type { Origin } from './origin.js';
import { DEFAULT_SEVERITY } from './severity.js';

export interface FindingExtras {
  indicator?: string;
  rule?: string;
  unit?: string;
  expected?: number | string | null;
  actual?: number | string | null;
  related?: Origin[];
  severity?: Severity;
}

/** Build a finding of the one shape every stage and formatter shares. */
export function makeFinding(code: FindingCode, file: string, origin: Origin | undefined, params: FindingParams, extras: FindingExtras = {}): Finding {
  const { related, severity, ...rest } = extras;
  return {
    code,
    severity: severity ?? DEFAULT_SEVERITY[code],
    file,
    ...(origin ? { location: locationOf(origin) } : {}),
    ...rest,
    params,
    ...(related && related.length > 0 ? { related: related.map(locationOf) } : {}),
  };
}
