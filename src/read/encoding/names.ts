/** Encoding names alone, without the codecs: what the command line needs to check `--encoding`. */
/** The encodings a text submission may come in. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'] as const;
export type EncodingName = (typeof ENCODINGS)[number];

const ALIASES: Record<string, EncodingName> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  unicode: 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  'windows-1258': 'windows-1258',
  windows1258: 'windows-1258',
  cp1258: 'windows-1258',
  '1258': 'windows-1258',
  tcvn3: 'tcvn3',
  tcvn: 'tcvn3',
  abc: 'tcvn3',
  'tcvn-3': 'tcvn3',
  vni: 'vni',
  'vni-windows': 'vni',
};

/** `--encoding` value → encoding, or undefined when it names none we read. */
export function encodingByName(name: string): EncodingName | undefined {
  return ALIASES[name.trim().toLowerCase().replace(/_/g, '-')];
}
