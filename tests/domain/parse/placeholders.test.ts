import { normalize } from '../../../src/domain/parse/normalize';
import {
  isInstruction,
  isPrintedRowName,
  withoutPrintedPrefix,
} from '../../../src/domain/parse/placeholders';

describe('rows and instructions a form prints', () => {
  test.each([
    ['指标1：', true],
    ['指标2:', true],
    ['指标 3', true],
    ['……', true],
    ['...', true],
    ['…', true],
    ['。。。', true],
    ['指标1：养护里程', false],
    ['指标', false],
    ['养护里程', false],
    ['.', false],
  ])('%p is a printed row name: %p', (text, printed) => {
    expect(isPrintedRowName(normalize(text))).toBe(printed);
  });

  test.each([
    ['指标1：养护里程', '养护里程'],
    ['指标12: 路面优良率', '路面优良率'],
    ['指标1：', '指标1:'],
    ['养护里程', '养护里程'],
  ])('%p is named %p', (text, name) => {
    expect(withoutPrintedPrefix(normalize(text))).toBe(name);
  });

  test('the printed prefix goes from the text as typed too: the rest is kept as typed', () => {
    expect(withoutPrintedPrefix('指标１：发放（缴纳）覆盖率')).toBe('发放（缴纳）覆盖率');
  });

  test.each([
    ['1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；', true],
    ['结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）', true],
    ['对照年度目标，说明相关任务目标的完成情况（100字以内）', true],
    ['请填写执行率偏低的原因', true],
    ['（请说明原因）', true],
    ['年末集中支付未完成，结余0.4万元已结转。', false],
    ['无', false],
    ['', false],
  ])('%p is a printed instruction: %p', (text, instruction) => {
    expect(isInstruction(normalize(text))).toBe(instruction);
  });
});
