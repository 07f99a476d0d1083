import { describe, expect, it } from 'vitest';
import { doubtfulFigures, robustScores } from '../../src/aggregate/doubts.js';
import { messageOf } from '../../src/i18n/messages.js';
import { loadSchema } from '../../src/node/load-schema.js';
import type { ReportedValue } from '../../src/model/submission.js';
import { aggregate, total } from '../support/aggregate.js';
import { formCsv, formFolder, type FormRow } from '../support/forms.js';

const NGUOI_DAN = 'Số người dân được hướng dẫn';
const DVCTT = 'Số tài khoản dịch vụ công trực tuyến (DVCTT) được tạo';

const communes = (rows: FormRow[][]) => formFolder(Object.fromEntries(rows.map((r, i) => [`xa-${i + 1}.csv`, { text: formCsv(`Xã Số ${i + 1}`, r) }])));

const unit = (name: string, figures: Record<string, number | null>) => ({
  name,
  file: `${name}.csv`,
  values: new Map(
    Object.entries(figures).map(([code, value], i) => [
      code,
      { code, value, status: 'ok', raw: String(value), origin: { file: `${name}.csv`, line: 5 + i, column: 4 }, label: code } as ReportedValue,
    ]),
  ),
});

describe('doubtful figures, through a province’s communes', () => {
  it('one commune with a hundredth of the others’ citizens: flagged low, with the median and the factor', async () => {
    const a = await aggregate(
      communes([[[NGUOI_DAN, '1.000']], [[NGUOI_DAN, '1.200']], [[NGUOI_DAN, '900']], [[NGUOI_DAN, '1.100']], [[NGUOI_DAN, '1.050']], [[NGUOI_DAN, '10']]]),
    );
    const f = a.findings.filter((x) => x.code === 'value-outlier');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ unit: 'Xã Số 6', indicator: 'so_nguoi_dan_duoc_huong_dan', actual: 10, severity: 'warning', location: { line: 5 } });
    // Median of the six: (1.000 + 1.050) / 2 = 1.025; a hundred and three times fewer.
    expect(f[0]!.params).toMatchObject({ value: 10, median: 1025, factor: 103, direction: 'low', units: 6 });
    expect(messageOf(f[0]!, 'vi')).toContain('thấp hơn 103 lần so với mức giữa (trung vị) của 6 đơn vị (1.025)');
    expect(total(a, 'so_nguoi_dan_duoc_huong_dan')).toEqual({ value: 5260, reported: 6 });
  });

  it('zeros are “none yet”, not a size: five communes of about a hundred and four with 0 flag nothing', async () => {
    const a = await aggregate(
      communes([
        [[NGUOI_DAN, '100']],
        [[NGUOI_DAN, '110']],
        [[NGUOI_DAN, '95']],
        [[NGUOI_DAN, '105']],
        [[NGUOI_DAN, '0']],
        [[NGUOI_DAN, '0']],
        [[NGUOI_DAN, '0']],
        [[NGUOI_DAN, '0']],
      ]),
    );
    expect(a.findings.filter((x) => x.code === 'value-outlier')).toEqual([]);
  });

  it('a ratio far from the others’: 10.963 accounts for 438 citizens among communes of about one account for three', async () => {
    const rows = [
      [
        [NGUOI_DAN, '3.000'],
        [DVCTT, '1.000'],
      ],
      [
        [NGUOI_DAN, '2.400'],
        [DVCTT, '900'],
      ],
      [
        [NGUOI_DAN, '3.300'],
        [DVCTT, '1.000'],
      ],
      [
        [NGUOI_DAN, '2.800'],
        [DVCTT, '1.000'],
      ],
      [
        [NGUOI_DAN, '438'],
        [DVCTT, '10.963'],
      ],
    ] as FormRow[][];
    const a = await aggregate(communes(rows));
    const f = a.findings.filter((x) => x.code === 'ratio-outlier');
    expect(f.map((x) => [x.unit, x.rule, x.actual, x.expected, x.severity])).toEqual([['Xã Số 5', 'dvctt-tren-nguoi-dan', 25, 0.36, 'warning']]);
    expect(f[0]!.params).toMatchObject({
      numerator: 10963,
      denominator: 438,
      direction: 'high',
      units: 5,
      numeratorCode: 'so_tai_khoan_dvctt',
      denominatorCode: 'so_nguoi_dan_duoc_huong_dan',
    });
    const z = robustScores([1000 / 3000, 900 / 2400, 1000 / 3300, 1000 / 2800, 10963 / 438]).scores[4]!;
    expect(f[0]!.params.score).toBe(Math.round(z * 10) / 10);
    expect(messageOf(f[0]!, 'vi')).toContain('10.963 tài khoản dịch vụ công trực tuyến (DVCTT) được tạo / 438 người dân được hướng dẫn = 25');
    // The citizens guided, the other side of the ratio, on line 5 of the same form.
    expect(f[0]!.related).toEqual([{ cell: 'D5', line: 5, column: 4 }]);
  });
});

describe('ratios far below, far above a hundred, and too few units', () => {
  const rows = (pairs: [number, number][]) =>
    pairs.map(
      ([n, d]) =>
        [
          [NGUOI_DAN, d.toLocaleString('vi-VN')],
          [DVCTT, n.toLocaleString('vi-VN')],
        ] as FormRow[],
    );

  it('a commune whose accounts are a hundredth of the others’: low; one of 267 accounts a citizen: shown whole', async () => {
    const low = await aggregate(
      communes(
        rows([
          [1000, 3000],
          [900, 2400],
          [1000, 3300],
          [1000, 2800],
          [10, 3000],
        ]),
      ),
    );
    expect(low.findings.filter((f) => f.code === 'ratio-outlier').map((f) => [f.unit, f.params.direction, f.params.ratio])).toEqual([['Xã Số 5', 'low', 0]]);
    const high = await aggregate(
      communes(
        rows([
          [1000, 3000],
          [900, 2400],
          [1000, 3300],
          [1000, 2800],
          [10963, 41],
        ]),
      ),
    );
    expect(high.findings.filter((f) => f.code === 'ratio-outlier').map((f) => [f.unit, f.params.direction, f.params.ratio])).toEqual([
      ['Xã Số 5', 'high', 267],
    ]);
  });

  it('four communes: too few to compare ratios', async () => {
    const a = await aggregate(
      communes(
        rows([
          [1000, 3000],
          [900, 2400],
          [1000, 3300],
          [10963, 41],
        ]),
      ),
    );
    expect(a.findings.filter((f) => f.code === 'ratio-outlier')).toEqual([]);
  });
});

describe('doubtfulFigures: its three settings', () => {
  const figures = [100, 120, 90, 110, 105, 1000];
  const units = figures.map((n, i) => unit(`Xã ${i}`, { so_buoi_tap_huan: n }));
  const outliers = async (options: { threshold: number; minUnits: number; minFactor: number }) =>
    doubtfulFigures(units, (await loadSchema()).schema, options).map((f) => [f.unit, f.params.factor, f.params.direction]);

  it('a figure ten times the median, far on the log scale, is flagged when the factor asked is 10 or less', async () => {
    expect(await outliers({ threshold: 3, minUnits: 5, minFactor: 5 })).toEqual([['Xã 5', 9.3, 'high']]);
    // The median is (105 + 110) / 2 = 107,5: 1.000 is 9,3 times it, flagged at that factor, not a hair above.
    expect(await outliers({ threshold: 3, minUnits: 5, minFactor: 1000 / 107.5 })).toEqual([['Xã 5', 9.3, 'high']]);
    expect(await outliers({ threshold: 3, minUnits: 5, minFactor: 1000 / 107.5 + 1e-9 })).toEqual([]);
    expect(await outliers({ threshold: 3, minUnits: 6, minFactor: 5 })).toEqual([['Xã 5', 9.3, 'high']]);
    expect(await outliers({ threshold: 3, minUnits: 7, minFactor: 5 })).toEqual([]);
  });

  it('the distance asked for decides too', async () => {
    const z = robustScores(figures).scores[5]!;
    expect(z).toBeGreaterThan(3);
    expect(await outliers({ threshold: Math.floor(z * 100) / 100, minUnits: 5, minFactor: 1 })).toEqual([['Xã 5', 9.3, 'high']]);
    expect(await outliers({ threshold: Math.ceil(z * 100) / 100, minUnits: 5, minFactor: 1 })).toEqual([]);
    // The score, to one decimal, is in the finding.
    const [f] = doubtfulFigures(units, (await loadSchema()).schema, { threshold: 3, minUnits: 5, minFactor: 5 });
    expect(f!.params.score).toBe(Math.round(z * 10) / 10);
  });
});

describe('robust scores', () => {
  it('median of an odd and an even count; the scale from the MAD, or the mean deviation when the MAD is 0', () => {
    expect(robustScores([1, 2, 4]).median).toBe(2);
    expect(robustScores([1, 2, 4, 8]).median).toBe(3);
    const { scores } = robustScores([10, 10, 10, 1000]);
    // MAD 0: mean absolute deviation of the logs (ln 100 / 4) × 1.2533 stands in.
    expect(scores[3]).toBeCloseTo(Math.log(100) / (1.2533 * (Math.log(100) / 4)), 12);
    expect(scores.slice(0, 3)).toEqual([0, 0, 0]);
    const spread = robustScores([1, Math.E, Math.E ** 2]);
    expect(spread.scores).toEqual([-1 / 1.4826, 0, 1 / 1.4826]);
    expect(robustScores([7]).scores).toEqual([0]);
  });
});
