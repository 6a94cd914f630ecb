import { measureExcelSyncs } from '../../../bench/excelSyncs';

/**
 * What the pane's use cases cost in Excel, in `context.sync()` calls counted on the fake (Microsoft 365
 * on the web), for tables of about 10 and about 1,000 indicator rows: the same, whatever the size.
 */
test('insert, read, check with marks and 自动校验 after one edit cost the same syncs for 10 and 1,000 indicator rows', async () => {
  const small = await measureExcelSyncs(1);
  const large = await measureExcelSyncs(112);
  expect([small.indicators, large.indicators]).toEqual([9, 1008]);
  expect([small.marked >= 9, large.marked >= 1008]).toEqual([true, true]);
  const { insert, read, check, autoCheck, heard } = large;
  expect({ insert, read, check, autoCheck, heard }).toEqual({
    // listSheets, applyPlan (2), select
    insert: 4,
    read: 1,
    // listSheets, readGrid of Sheet1 and of the form, then marks: readStore, readFormats, writeFormats, writeStore
    check: 7,
    // readGrid of the edited sheet only, then its marks: readStore, readFormats, writeFormats, writeStore
    autoCheck: 5,
    heard: 1,
  });
  expect({ ...small, indicators: 0, marked: 0 }).toEqual({ ...large, indicators: 0, marked: 0 });
});
