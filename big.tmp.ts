import { writeBigWorkbook } from './tests/fixtures/hostile/bigWorkbook';
import { statSync, readFileSync } from 'node:fs';
import { preparePackage } from './src/xlsxPackage';
import { isFormLabel } from './src/templates/read/formLabels';
(async () => {
  let t = Date.now();
  await writeBigWorkbook('/tmp/hx/big.xlsx');
  console.log('size', statSync('/tmp/hx/big.xlsx').size, (Date.now() - t) / 1000, 's');
  const bytes = readFileSync('/tmp/hx/big.xlsx');
  t = Date.now();
  const r = preparePackage(bytes, { sheets: 'tables', isFormText: isFormLabel });
  console.log((Date.now() - t) / 1000, 's', r.ok ? { ...r.package, bytes: r.package.bytes.length } : r.problem, Math.round(process.resourceUsage().maxRSS / 1024));
})();
