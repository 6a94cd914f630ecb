import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock reads one enum from office-addin-manifest, whose JSON-manifest code loads an ES
// module jest cannot require on Node 20: the enum is all the mock needs from it.
jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'excel', Outlook: 'outlook' } }));
import { connectExcel, type OfficeLike } from '../../../src/hosts/excel';
import type { XRequestContext } from '../../../src/hosts/excel/excelApi';
import { FakeExcel } from '../../fakes/excel';

/** `office-addin-mock`, Microsoft's mock, where it is enough: the entry's handshake with `Office`. */
function office(host: string, highest: number): OfficeLike {
  const mock = new OfficeMockObject({
    onReady: async () => ({ host }),
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'ExcelApi' && Number(version.split('.')[1]) <= highest,
      },
    },
  });
  return mock as unknown as OfficeLike;
}

describe('connectExcel (with office-addin-mock)', () => {
  const run = new FakeExcel().run;
  test('Excel with ExcelApi 1.13 gets a host', async () => {
    const connection = await connectExcel(office('Excel', 13), run);
    expect(connection.ok && connection.host.kind).toBe('excel');
  });
  test('an older Excel, or another Office application, gets a reason instead', async () => {
    expect(await connectExcel(office('Excel', 12), run)).toEqual({ ok: false, reason: 'excel-too-old' });
    expect(await connectExcel(office('Word', 18), run)).toEqual({ ok: false, reason: 'not-excel' });
  });
});

/**
 * Why the Excel host is tested on our fake and not on office-addin-mock: the same two mistakes, a 2-D
 * array of the wrong shape and a value read without a sync, pass on the mock and fail on the fake (as in Excel).
 */
describe('what office-addin-mock lets through', () => {
  async function mistakes(context: XRequestContext): Promise<unknown> {
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
    range.values = [[1, 2, 3]];
    range.load('address');
    return range.address;
  }

  test('the mock accepts both', async () => {
    const range = new OfficeMockObject({ values: [[0, 0]], address: 'Sheet1!A1:B2' });
    const mock = new OfficeMockObject({
      workbook: { worksheets: { getItem: () => ({ getRange: () => range }) } },
    });
    // The unsynced read gives a text instead of throwing, and the wrong shape is simply kept.
    await expect(mistakes(mock as unknown as XRequestContext)).resolves.toBe(
      'Error, context.sync() was not called',
    );
    expect(range.values).toEqual([[1, 2, 3]]);
  });

  test('the fake refuses both', async () => {
    const fake = new FakeExcel();
    await expect(fake.run(mistakes)).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
    await expect(
      fake.run(
        async (c) => void (c.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2, 3]]),
      ),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
