import { z } from 'zod';

/** The part of a tong-hop.json a comparison needs; the rest of the document may change without breaking this. */
const figure = z.object({ value: z.number().nullable() }).passthrough();
export const previousJson = z
  .object({
    generator: z.literal('cnscd', { message: 'không phải tong-hop.json do cnscd ghi / not a tong-hop.json written by cnscd' }),
    period: z.string().nullable(),
    totals: z.record(z.string(), figure),
    units: z.array(z.object({ name: z.string(), code: z.string().nullable().optional(), values: z.record(z.string(), figure) }).passthrough()),
  })
  .passthrough();
