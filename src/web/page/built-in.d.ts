// The indicator set and report wording that ship with the tool, as `npm run build` checked them (inlined by the
// page's bundler: src/build/web-bundle.ts).
declare module 'cnscd:built-in' {
  import type { FullSchema } from '../../schema/types.js';
  import type { Wording } from '../../settings/wording.js';
  export const schema: FullSchema;
  export const wording: Wording;
}
