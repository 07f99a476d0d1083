/**
 * VNI (VNI-Windows) — the legacy Vietnamese font encoding where a letter's marks follow it as separate
 * Latin-1 bytes (`a` + `ù` = á, `a` + `â` = â, `a` + `á` = ấ), with single bytes for đ, ư, ơ, ỵ and the toned i's.
 * iconv-lite has no VNI table, so the codec lives here. Text is read as Windows-1252 first.
 */

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const CIRCUMFLEX = '\u0302';
const TILDE = '\u0303';
const BREVE = '\u0306';
const HOOK = '\u0309';
const HORN = '\u031b';
const DOT = '\u0323';

/** Mark bytes (lower-case form) → the combining marks they add. */
const MARKS: Record<string, string> = {
  ù: ACUTE,
  ø: GRAVE,
  û: HOOK,
  õ: TILDE,
  ï: DOT,
  â: CIRCUMFLEX,
  á: CIRCUMFLEX + ACUTE,
  à: CIRCUMFLEX + GRAVE,
  å: CIRCUMFLEX + HOOK,
  ã: CIRCUMFLEX + TILDE,
  ä: CIRCUMFLEX + DOT,
  ê: BREVE,
  é: BREVE + ACUTE,
  è: BREVE + GRAVE,
  ú: BREVE + HOOK,
  ü: BREVE + TILDE,
  ë: BREVE + DOT,
};

/** Bytes that are whole letters (lower-case form). */
const LETTERS: Record<string, string> = {
  ñ: 'đ',
  ö: 'ư',
  ô: 'ơ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
};

const TONES = new Set([GRAVE, ACUTE, HOOK, TILDE, DOT]);
const VOWEL = /^[aeiouyăâêôơư]$/i;

function lower(ch: string): string {
  return ch.toLowerCase();
}

/** Decode text already read as Windows-1252 characters. Returns NFC. */
export function decodeVniText(latin: string): string {
  let out = '';
  // The last letter emitted, decomposed, so that marks after it can be added.
  let pending = '';
  const flush = () => {
    // (A single ASCII character, most of any text, is already what normalising would make it.)
    out += pending.length === 1 && pending.charCodeAt(0) < 0x80 ? pending : pending.normalize('NFC');
    pending = '';
  };
  for (const ch of latin) {
    const l = lower(ch);
    const isUpper = ch !== l;
    const letter = LETTERS[l];
    if (letter !== undefined) {
      flush();
      pending = (isUpper ? letter.toUpperCase() : letter).normalize('NFD');
      continue;
    }
    const marks = MARKS[l];
    if (marks !== undefined && pending && canTake(pending, marks)) {
      pending = (pending + marks).normalize('NFC').normalize('NFD');
      continue;
    }
    flush();
    pending = ch;
  }
  flush();
  return out.normalize('NFC');
}

/** Whether a base letter (decomposed) can take these marks: circumflex on a/e/o, breve on a, one tone. */
function canTake(letterNfd: string, marks: string): boolean {
  const base = letterNfd[0] ?? '';
  if (!VOWEL.test(base.normalize('NFC')) && !VOWEL.test(letterNfd.normalize('NFC'))) return false;
  const existing = [...letterNfd.slice(1)];
  const adding = [...marks];
  const b = lower(base);
  for (const m of adding) {
    if (m === CIRCUMFLEX && (!/[aeo]/.test(b) || existing.length > 0)) return false;
    if (m === BREVE && (b !== 'a' || existing.length > 0)) return false;
    if (TONES.has(m) && existing.some((e) => TONES.has(e))) return false;
  }
  return true;
}

/** Encode Unicode text as VNI, as Windows-1252 characters (for tests and fixtures). */
export function encodeVniText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const base = d[0] ?? '';
    const b = lower(base);
    const isUpper = base !== b;
    const up = (s: string) => (isUpper ? s.toUpperCase() : s);
    const marks = [...d.slice(1)];
    if (b === 'đ') {
      out += up('ñ');
      continue;
    }
    if (!/[aeiouy]/.test(b) || marks.length === 0) {
      out += ch;
      continue;
    }
    const tone = marks.find((m) => TONES.has(m));
    const shape = marks.find((m) => m === CIRCUMFLEX || m === BREVE || m === HORN);
    if (b === 'i' && tone) {
      const single = { [ACUTE]: 'í', [GRAVE]: 'ì', [HOOK]: 'æ', [TILDE]: 'ó', [DOT]: 'ò' }[tone];
      out += up(single ?? 'i');
      continue;
    }
    if (b === 'y' && tone === DOT) {
      out += up('î');
      continue;
    }
    let letter = base;
    let suffix = '';
    if (shape === HORN) {
      letter = up(b === 'o' ? 'ô' : 'ö');
    } else if (shape === CIRCUMFLEX || shape === BREVE) {
      const key = (shape === CIRCUMFLEX ? CIRCUMFLEX : BREVE) + (tone ?? '');
      suffix = Object.entries(MARKS).find(([, m]) => m === key)?.[0] ?? '';
    }
    if (!suffix && tone) suffix = Object.entries(MARKS).find(([, m]) => m === tone)?.[0] ?? '';
    out += letter + up(suffix);
  }
  return out;
}
