/**
 * The fake ET model in a browser page, as WPS would give window.Application to the add-in's pages: one
 * workbook holding the reference form filled as the 2020 table was (mistakes included). Injected before
 * the page's own scripts by the screenshot test; `window.fakeWps` lets the test look inside.
 */
import { addSheet } from '../../../src/app/addSheet';
import { demoValues } from '../../../src/app/demoExample';
import { STANDARD_2020 } from '../../../src/domain/profiles/standard2020';
import { WpsSheetHost } from '../../../src/hosts/wps';
import { fillPlan } from '../../../src/templates/fillPlan';
import { renderTemplateWithMap } from '../../../src/templates/render';
import { FakeWps } from './index';

const fake = new FakeWps();
const rendered = renderTemplateWithMap({
  kind: 'overall',
  year: 2020,
  unit: '长沙市望城区信访局',
  profile: STANDARD_2020,
});
if (!rendered.ok || rendered.map.kind !== 'overall') throw new Error('render failed');
void addSheet(new WpsSheetHost(fake.application), fillPlan(rendered.plan, demoValues(rendered.map)));
Object.assign(window, { Application: fake.application, wps: fake.application, fakeWps: fake });
