import { readFileSync } from 'node:fs';
import { preparePackage } from './src/xlsxPackage';
import { isFormLabel } from './src/templates/read/formLabels';
const bytes = readFileSync('/tmp/hx/big.xlsx');
for (let k = 0; k < 2; k++) {
const t = Date.now();
const r = preparePackage(bytes, { sheets: 'tables', isFormText: isFormLabel });
console.log((Date.now() - t) / 1000, r.ok && r.package.leftOut);
}
