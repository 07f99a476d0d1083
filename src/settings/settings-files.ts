// Settings files from their bytes, checked: the roster and the clerk's text. The edges read the bytes (node/
// load-settings.ts from disk; the web page from the files it is given) and say what could not be read.
import type { Lang } from '../model/lang.js';
import { SettingsError } from '../model/settings-error.js';
import { extensionOf } from '../model/relative-path.js';
import { SETTINGS_TEXT } from '../i18n/settings-text.js';
import { ReadError, readBytes } from '../read/index.js';
import { checkedSettings, jsonOf } from './json-settings.js';
import type { Narrative } from './narrative.js';
import type { RosterIndex } from './roster.js';

/** A roster, indexed: JSON (`{"donVi": [{"ma", "ten", "loai", "capTren"}]}`), or a CSV or workbook with those columns. */
export async function rosterFromBytes(path: string, bytes: Uint8Array, lang: Lang): Promise<RosterIndex> {
  // zod is loaded only here, when a roster is given.
  const [{ rosterSchema }, { rosterFromBook, rosterIndexFrom }] = await Promise.all([import('./roster-schema.js'), import('./roster.js')]);
  if (extensionOf(path).toLowerCase() === '.json') {
    return rosterIndexFrom(await checkedSettings(jsonOf(new TextDecoder().decode(bytes), path), path, rosterSchema, lang), path, lang);
  }
  try {
    return rosterIndexFrom(rosterFromBook(await readBytes(path, bytes), path, lang, rosterSchema), path, lang);
  } catch (error) {
    if (error instanceof ReadError) throw new SettingsError(path, [SETTINGS_TEXT[lang].rosterUnreadable(error.code)]);
    throw error;
  }
}

/**
 * The clerk's text for the report's parts, its encoding found as a CSV's is (Notepad's UTF-16, Windows-1258,
 * TCVN3…). Text before its first part heading would be lost: SettingsError, naming the line.
 */
export async function narrativeFromBytes(path: string, bytes: Uint8Array, lang: Lang): Promise<Narrative> {
  const [{ decodeText }, { parseNarrative }] = await Promise.all([import('../read/encoding/decode.js'), import('./narrative.js')]);
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (error) {
    if (error instanceof ReadError) throw new SettingsError(path, [SETTINGS_TEXT[lang].narrativeUnreadable(error.code)]);
    throw error;
  }
  const ext = extensionOf(path).toLowerCase();
  const narrative = await parseNarrative(text, ext === '.md' || ext === '.markdown' ? 'md' : 'txt', path);
  if (narrative.stray) throw new SettingsError(path, [SETTINGS_TEXT[lang].narrativeStray(narrative.stray.line, narrative.stray.text)]);
  return narrative;
}
