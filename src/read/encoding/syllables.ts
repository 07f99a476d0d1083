/**
 * How Vietnamese a text looks: the share of its non-ASCII words that are well-formed Vietnamese syllables.
 * Used to choose among legacy decodings (Windows-1258, TCVN3, VNI) of the same bytes.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?(uyê|uya|iê|ia|yê|ươ|ưa|uô|ua|oa|oă|oe|uâ|uê|uơ|uy|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)(ch|nh|ng|c|m|n|p|t|i|y|o|u)?$/;

export interface Score {
  /** Words with a non-ASCII letter that are valid syllables. */
  good: number;
  /** Words with a non-ASCII character that are not. */
  bad: number;
}

export function scoreVietnamese(text: string): Score {
  let good = 0;
  let bad = 0;
  for (const word of text.split(/[\s,;.:()\-–"'/\\|!?0-9]+/)) {
    if (!word || /^[\x00-\x7f]*$/.test(word)) continue;
    if (isSyllable(word)) good++;
    else bad++;
  }
  return { good, bad };
}

/**
 * Words already judged. The same words come back in file after file (a form's labels, the units' names), each file
 * decoded three ways to be scored: a folder of legacy-encoded CSV files judged the same few hundred words hundreds of
 * thousands of times. At most KNOWN_WORDS are kept; past that the memory starts afresh.
 */
const known = new Map<string, boolean>();
const KNOWN_WORDS = 50_000;

export function isSyllable(word: string): boolean {
  let judged = known.get(word);
  if (judged === undefined) {
    if (known.size >= KNOWN_WORDS) known.clear();
    judged = judge(word);
    known.set(word, judged);
  }
  return judged;
}

function judge(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  return SYLLABLE.test(bare) || /^gi(ch|nh|ng|c|m|n|p|t|u)?$/.test(bare);
}
