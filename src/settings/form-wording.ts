import { z } from 'zod';

const text = z.string();

/** The words of the Excel form `cnscd template` writes (`templates/bieu-mau/bieu-mau.json`). */
export const formWordingSchema = z.strictObject({
  $schema: z.string().optional(),
  tieuDe: text.min(1),
  huongDan: z.array(text).min(1),
  thongTin: z.array(z.strictObject({ khoa: text.min(1), goiY: text })).min(1),
  oSoLieu: z.strictObject({ tieuDe: text.min(1), noiDung: text.min(1), loiTieuDe: text.min(1), loi: text.min(1) }),
});

export type FormWording = z.infer<typeof formWordingSchema>;
