/** The zod schema of a roster of units (`--roster`; roster.ts loads it only when a roster is given). */
import { z } from 'zod';

const line = z.string().trim();

export const rosterUnitSchema = z.strictObject({
  /** The unit's code (`288`), if the roster has one. */
  ma: line.default(''),
  /** The official name (`Thành phố Hải Dương`). */
  ten: line.min(1),
  /** huyện, thị xã, thành phố, xã, phường, thị trấn… */
  loai: line.default(''),
  /** The unit above it (`Tỉnh Hải Dương`). */
  capTren: line.default(''),
  /** Other names people use for it. */
  tenKhac: z.array(line.min(1)).default([]),
});

export const rosterSchema = z.strictObject({
  $schema: z.string().optional(),
  ten: line.default(''),
  donVi: z.array(rosterUnitSchema).min(1, 'danh sách chưa có đơn vị nào: ghi mỗi đơn vị một dòng / the roster lists no unit: one unit per row'),
});
