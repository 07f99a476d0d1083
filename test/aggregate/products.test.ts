import { describe, expect, it } from 'vitest';
import type { CountedUnit } from '../../src/aggregate/totals.js';
import { mergeProducts } from '../../src/aggregate/totals.js';
import { loadSchema } from '../../src/node/load-schema.js';

const origin = { file: 'x.xlsx', sheet: 'Thuyết minh', cell: 'B2' };

function unit(name: string, ...items: string[]): CountedUnit {
  return { name, values: new Map(), notes: [{ key: 'ds_ocop_len_san', text: items.join('; '), origin, items }] };
}

describe('mergeProducts: one product listed by many units', () => {
  it('names each product once, however it is written, with its units in order and each unit once', async () => {
    const { schema } = await loadSchema();
    // A country's worth of communes listing one product, as "Mật ong" is listed: written several ways, and
    // by some units twice. Two units of one name (two provinces' "Xã An Bình") stay one name in the list,
    // as the report can tell them apart no better.
    const units: CountedUnit[] = [];
    for (let i = 0; i < 3000; i++) {
      const spelling = ['Mật ong bạc hà', 'mật ong Bạc Hà', ' MẬT ONG BẠC HÀ '][i % 3]!;
      units.push(i % 7 === 0 ? unit(`Xã ${i}`, spelling, 'Chè Shan tuyết', spelling) : unit(`Xã ${i}`, spelling));
    }
    units.push(unit('Xã An Bình', 'Chè Shan tuyết'), unit('Xã An Bình', 'chè shan tuyết'));

    const [list, ...others] = mergeProducts(units, schema);
    expect(others).toEqual([]);
    expect(list!.section).toBe('ds_ocop_len_san');
    expect(list!.items.map((p) => p.name)).toEqual(['Chè Shan tuyết', 'Mật ong bạc hà']);
    const [che, matOng] = list!.items;
    expect(matOng!.units).toEqual(units.slice(0, 3000).map((u) => u.name));
    const cheUnits = units
      .slice(0, 3000)
      .filter((_, i) => i % 7 === 0)
      .map((u) => u.name);
    expect(che!.units).toEqual([...cheUnits, 'Xã An Bình']);
    expect(Object.keys(matOng!)).toEqual(['name', 'units']);
  });
});
