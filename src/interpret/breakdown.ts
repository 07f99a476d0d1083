import type { ReportedValue } from '../model/submission.js';
import type { Matcher } from '../schema/matcher.js';
import { fold } from '../model/fold.js';
import { parseCount } from './number.js';

/**
 * A value cell that states its parts in words, as seed 001 does:
 * `71.994 trong đó: 4.621 tài khoản mức độ 1, 71.373 tài khoản mức độ 2`.
 * Each part whose words name an indicator becomes that indicator's value, read from the same cell.
 */
export function breakdown(parent: ReportedValue, matcher: Matcher): ReportedValue[] {
  const trailing = parent.trailingText;
  if (!trailing) return [];
  const folded = fold(trailing);
  const at = folded.indexOf('trong do');
  if (at < 0) return [];
  // Find the same place in the unfolded text: after the words "trong đó" and an optional colon.
  const m = /trong\s+đ[óo]\s*[:：]?/iu.exec(trailing.normalize('NFC'));
  if (!m) return [];
  const rest = trailing.slice(m.index + m[0].length);
  const parts: ReportedValue[] = [];
  // Parts are separated by `;`, `và`, or a comma that is not inside a number: `12,5 mức độ 1` is one (decimal) part,
  // not 12 and then 5 accounts of level 1.
  for (const piece of rest.split(/;|,(?!\d)|(?<!\d),|\s+và\s+/u)) {
    const reading = parseCount(piece.trim());
    if (reading.kind !== 'integer' || !reading.trailing) continue;
    const words = reading.trailing.replace(/[.;,]+$/, '');
    const code = matcher.indicatorByLabel(words) ?? matcher.indicatorByLabel(`${parent.label} ${words}`);
    if (!code || code === parent.code) continue;
    parts.push({
      code,
      label: words,
      value: reading.value,
      status: 'ok',
      raw: piece.trim(),
      origin: parent.origin,
      splitFrom: parent.code,
    });
  }
  return parts;
}
