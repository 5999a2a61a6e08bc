// An ESLint formatter for the demo: each finding with its message and the suggestions it offers.
const path = require('node:path');

module.exports = function formatFindings(results, context) {
  const lines = [];
  let count = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    lines.push('', path.relative(context.cwd, result.filePath));
    for (const m of result.messages) {
      count++;
      lines.push(`  ${m.line}:${m.column}  ${m.severity === 2 ? 'error' : 'warning'}  ${m.ruleId ?? 'parse error'}`);
      lines.push(`    ${m.message}`);
      for (const s of m.suggestions ?? []) lines.push(`    💡 ${s.desc}`);
    }
  }
  lines.push('', `authlint: ${count} finding${count === 1 ? '' : 's'} in ${results.length} files`);
  return lines.join('\n');
};
