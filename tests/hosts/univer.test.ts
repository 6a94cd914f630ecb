import { runUseCases } from '../app/useCases';
import { runHostContract } from './contract';
import { makeUniverHost, univerOptions } from './univerHarness';

runHostContract('univer', async () => makeUniverHost(), univerOptions);
runUseCases('univer', async () => makeUniverHost(), univerOptions);

describe('UniverSheetHost beyond the contract', () => {
  test('a mark on a formula cell or on a text that looks like a number keeps the formula and the text', async () => {
    const host = await univerOptions.withSheet('表', [['596.68', 2, null]]);
    host.unit.getSheetByName('表')?.getRange('C1').setFormula('=B1*3');
    const before = await host.readGrid('表');
    expect(before.values[0]).toEqual(['596.68', 2, 6]);
    await host.writeFormats('表', [
      { cell: 'A1', format: { fill: '#FFC7CE', note: '标记' } },
      { cell: 'C1', format: { fill: '#FFEB9C', note: '标记' } },
    ]);
    const after = await host.readGrid('表');
    expect(after.values).toEqual(before.values);
    expect(after.formulas).toEqual([[null, null, 'B1*3']]);
  });

  test('a workbook saved by the page opens with its formulas computed, and edits recompute what depends on them', async () => {
    const host = await univerOptions.withSheet('表', [[4, null, null]]);
    const ws = host.unit.getSheetByName('表');
    ws?.getRange('B1').setFormula('=A1/2');
    ws?.getRange('C1').setFormula('=IF(B1="","",ROUND(MIN(B1,1)*10,2))');
    const again = await univerOptions.reopen(host);
    expect((await again.readGrid('表')).values[0]).toEqual([4, 2, 10]);
    await univerOptions.typeValues(again, '表', [{ cell: 'A1', value: 1 }]);
    expect((await again.readGrid('表')).values[0]).toEqual([1, 0.5, 5]);
  });
});
