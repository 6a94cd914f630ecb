import fs from 'node:fs';
import path from 'node:path';

/**
 * The layering of DESIGN §2, checked on every import, export-from and dynamic import of our own code:
 * - domain imports nothing of ours outside itself; templates only domain;
 * - a host imports only the seam (src/hosts/*.ts, the plan/grid/address types of templates, the raw
 *   value type of domain), the package inspection (src/xlsxPackage, which a host opening .xlsx bytes
 *   runs first) and its own folder — never another host, never app;
 * - xlsxPackage imports nothing of ours outside itself (it runs in Node and in browsers);
 * - app imports no front end and no concrete host; i18n and report are edges the core never imports;
 * - front ends (cli, web, taskpane, standalone, wps) use app and below; standalone and wps mount the
 *   task pane; no front end imports another otherwise.
 */
const SEAM_FOR_HOSTS = [
  /^hosts\/[^/]+\.ts$/,
  /^templates\/(a1|plan|grid)\.ts$/,
  /^domain\/cellValue\.types\.ts$/,
  /^i18n\/hostText\.zh-CN\.ts$/,
  /^xlsxPackage\//,
];

const FRONT_ENDS = ['cli', 'web', 'taskpane', 'standalone', 'wps'];

/** What a file in `from` (path under src/, posix) may import from `to`; a reason when it may not. */
export function layeringProblem(from, to) {
  const [fromLayer, fromSub] = from.split('/');
  const [toLayer, toSub] = to.split('/');
  if (fromLayer === toLayer && fromLayer !== 'hosts') return null;
  switch (fromLayer) {
    case 'domain':
      return `src/domain imports nothing of ours outside itself (not src/${toLayer})`;
    case 'xlsxPackage':
      return `src/xlsxPackage imports nothing of ours outside itself (not src/${toLayer})`;
    case 'templates':
      return toLayer === 'domain' ? null : `src/templates imports only src/domain (not src/${toLayer})`;
    case 'hosts': {
      if (fromSub.endsWith('.ts'))
        return toLayer === 'hosts' || SEAM_FOR_HOSTS.some((r) => r.test(to))
          ? null
          : `the host seam imports only the seam's types (not ${to})`;
      if (toLayer === 'hosts' && (toSub === fromSub || toSub.endsWith('.ts'))) return null;
      return SEAM_FOR_HOSTS.some((r) => r.test(to))
        ? null
        : `hosts/${fromSub} imports only the seam's types and its own files (not ${to})`;
    }
    case 'report':
      return toLayer === 'domain' ? null : `src/report imports only src/domain (not src/${toLayer})`;
    case 'app':
      if (FRONT_ENDS.includes(toLayer)) return `src/app imports no front end (not src/${toLayer})`;
      if (toLayer === 'hosts' && !toSub.endsWith('.ts'))
        return `src/app imports the host seam only, not the concrete host hosts/${toSub}`;
      return null;
    case 'i18n':
      return ['domain', 'templates', 'app'].includes(toLayer)
        ? null
        : `src/i18n imports only domain, templates and app types (not src/${toLayer})`;
    default:
      if (!FRONT_ENDS.includes(fromLayer)) return null;
      if (FRONT_ENDS.includes(toLayer)) {
        const mountsPane = toLayer === 'taskpane' && (fromLayer === 'standalone' || fromLayer === 'wps');
        return mountsPane
          ? null
          : `the front end src/${fromLayer} does not import another front end (src/${toLayer})`;
      }
      return null;
  }
}

function underSrc(file, cwd) {
  const rel = path.relative(path.join(cwd, 'src'), file).split(path.sep).join('/');
  return rel.startsWith('..') ? null : rel;
}

/** The file an import names: itself, with .ts/.tsx, or a folder's index. */
function resolved(absolute) {
  if (/\.(ts|tsx|mjs|js)$/.test(absolute)) return absolute;
  for (const ext of ['.ts', '.tsx']) if (fs.existsSync(absolute + ext)) return absolute + ext;
  if (fs.existsSync(path.join(absolute, 'index.ts'))) return path.join(absolute, 'index.ts');
  return `${absolute}.ts`;
}

export default {
  rules: {
    layering: {
      meta: {
        type: 'problem',
        docs: { description: 'DESIGN §2: which layer may import which' },
        schema: [],
        messages: { layer: '{{reason}}' },
      },
      create(context) {
        const from = underSrc(context.filename, context.cwd);
        if (from === null) return {};
        const check = (node, source) => {
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const target = underSrc(
            resolved(path.resolve(path.dirname(context.filename), source)),
            context.cwd,
          );
          if (target === null) return;
          const reason = layeringProblem(from, target);
          if (reason) context.report({ node, messageId: 'layer', data: { reason } });
        };
        return {
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
        };
      },
    },
  },
};
