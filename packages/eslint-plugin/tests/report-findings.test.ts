import { describe, expect, it } from 'vitest';
import { findingsOrFailure } from '../src/report-findings.js';

describe('findingsOrFailure', () => {
  const fakeContext = () => {
    const reports: unknown[] = [];
    return { reports, context: { report: (d: unknown) => reports.push(d) } as never };
  };

  it('passes findings through when the check succeeds', () => {
    const { reports, context } = fakeContext();
    expect(findingsOrFailure(context, () => [])).toEqual([]);
    expect(reports).toEqual([]);
  });

  it('turns an analysis failure into one message at the top of the file instead of a crash', () => {
    const { reports, context } = fakeContext();
    const findings = findingsOrFailure(context, () => {
      throw new TypeError("Cannot read properties of undefined (reading 'some')\n    at somewhere");
    });
    expect(findings).toEqual([]);
    expect(reports).toEqual([{
      messageId: 'analysisFailed',
      data: { error: "Cannot read properties of undefined (reading 'some')" },
      loc: { line: 1, column: 0 },
    }]);
  });
});
