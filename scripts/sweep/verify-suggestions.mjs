// @ts-check
// Applies each suggestion of each finding to the text and checks the result: the edits are in bounds
// and do not overlap, the new text parses, and re-analysing it shows the finding gone and no new one.
// Other findings are matched by rule, message and start offset carried through the edits.
//
// One new finding is expected after the plain "use 401" and "split the guard": a require-www-authenticate
// finding on the very status the suggestion turned into 401, which is then asked for its challenge. Where
// that follow-up has a suggestion, it is applied too, and the sweep requires that the follow-up goes and
// nothing else changes; where it has none, the framework cannot carry the header on that response (NestJS
// exceptions, SvelteKit error()), and the message says what to do. The combined "use 401 and send
// WWW-Authenticate" does both steps at once: after it, no follow-up is accepted.

/** Applies non-overlapping edits (`{ range: [start, end], text }`); throws on overlap or out-of-bounds. */
export function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  for (let i = 0; i < sorted.length; i++) {
    const [s, e] = sorted[i].range;
    if (!(s >= 0 && s <= e && e <= text.length)) throw new Error(`edit out of bounds: [${s}, ${e}] in a text of ${text.length}`);
    if (i > 0 && s < sorted[i - 1].range[1]) throw new Error(`edits overlap: [${sorted[i - 1].range}] and [${sorted[i].range}]`);
  }
  let out = text;
  for (let i = sorted.length - 1; i >= 0; i--) out = out.slice(0, sorted[i].range[0]) + sorted[i].text + out.slice(sorted[i].range[1]);
  return out;
}

/**
 * Where offset `p` of the old text lands in the new one, for edits sorted by start: text inserted at or
 * before `p` moves it right; inside a replaced span it lands at the span's start.
 */
export function mapOffset(p, edits) {
  let shift = 0;
  for (const { range: [s, e], text } of edits) {
    if (e <= p) shift += text.length - (e - s);
    else if (s < p && p < e) return s + shift;
  }
  return p + shift;
}

/** At most `limit` findings, spread evenly over the file (every one when there are fewer). */
function sample(findings, limit) {
  if (findings.length <= limit) return findings;
  const step = findings.length / limit;
  return Array.from({ length: limit }, (_, i) => findings[Math.floor(i * step)]);
}

/** The spans of the new text that the edits wrote (sorted edits), in new-text offsets. */
function insertedSpans(sortedEdits) {
  let shift = 0;
  return sortedEdits.map(({ range: [s, e], text }) => {
    const span = [s + shift, s + shift + text.length];
    shift += text.length - (e - s);
    return span;
  });
}

export function lineOf(text, offset) {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const keyOf = (f, start) => `${f.ruleId}|${f.messageId}|${start}`;

/** Suggestions that make a 401 and leave its challenge to require-www-authenticate's own suggestion. */
const LEAVE_CHALLENGE_TO_FOLLOW_UP = new Set(['suggestUse401', 'suggestSplitGuard']);

/**
 * `analyze(parse(text), text)` as a function of the text, run once per distinct text: the combined "use 401
 * and send WWW-Authenticate" writes the very text that "use 401" and then its follow-up's own suggestion
 * write in two steps, and on the 5 MB minified input each parse and analysis is some 15 s of CPU. The
 * core is deterministic, so the second look gets the same findings. A parse error is thrown again.
 * One per finding, so that no more texts are held than that finding's suggestions make.
 */
function analysisByText(parse, analyze) {
  /** @type {Map<string, { findings: any[] } | { error: unknown }>} */
  const outcomes = new Map();
  return (/** @type {string} */ text) => {
    let outcome = outcomes.get(text);
    if (!outcome) {
      try {
        outcome = { findings: analyze(parse(text), text) };
      } catch (error) {
        outcome = { error };
      }
      outcomes.set(text, outcome);
    }
    if ('error' in outcome) throw outcome.error;
    return outcome.findings;
  };
}

/**
 * Applies the follow-up finding's first suggestion to the already fixed text: the follow-up must go,
 * and nothing else may change. Returns what went wrong, or undefined.
 */
function chainedProblem({ fixed, after, followUp, findingsOf }) {
  const edits = [...followUp.suggestions[0].edits].sort((a, b) => a.range[0] - b.range[0]);
  let again;
  let twice;
  try {
    twice = applyEdits(fixed, edits);
    again = findingsOf(twice);
  } catch (error) {
    return `breaks the code: ${String(error.message).split('\n')[0]}`;
  }
  const remaining = new Map();
  for (const f of after) {
    if (f === followUp) continue;
    const key = keyOf(f, mapOffset(f.range[0], edits));
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  for (const f of again) {
    const key = keyOf(f, f.range[0]);
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else return `leaves ${f.ruleId}/${f.messageId} at line ${lineOf(twice, f.range[0])}`;
  }
  return undefined;
}

/**
 * Checks every suggestion of every finding. `parse(text)` returns a program or throws;
 * `analyze(program, text)` returns findings; `limit` caps the findings whose suggestions are tried (a
 * 5 MB file with 30,000 findings would need 30,000 re-parses). Returns one record per suggestion:
 * `{ ruleId, messageId, suggestion, line, ok, problems, notes }`.
 */
export function verifySuggestions({ text, findings, parse, analyze, limit = Infinity }) {
  const records = [];
  for (const finding of sample(findings, limit)) {
    const findingsOf = analysisByText(parse, analyze);
    finding.suggestions.forEach((suggestion, index) => {
      /** @type {{ ruleId: string, messageId: string, suggestion: string, line: number, problems: string[], notes: string[] }} */
      const record = { ruleId: finding.ruleId, messageId: finding.messageId, suggestion: suggestion.messageId ?? String(index), line: lineOf(text, finding.range[0]), problems: [], notes: [] };
      records.push(record);
      let fixed;
      try {
        fixed = applyEdits(text, suggestion.edits);
      } catch (error) {
        record.problems.push(error.message);
        return;
      }
      let after;
      try {
        after = findingsOf(fixed);
      } catch (error) {
        record.problems.push(`${/parse|expected|unexpected|token|declaration/i.test(error.message) ? 'does not parse' : 'analyse threw'}: ${String(error.message).split('\n')[0]}`);
        return;
      }
      const sortedEdits = [...suggestion.edits].sort((a, b) => a.range[0] - b.range[0]);
      const expected = new Map();
      for (const other of findings) {
        if (other === finding) continue;
        const key = keyOf(other, mapOffset(other.range[0], sortedEdits));
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      const targetKey = keyOf(finding, mapOffset(finding.range[0], sortedEdits));
      const target = [mapOffset(finding.range[0], sortedEdits), mapOffset(finding.range[1], sortedEdits)];
      const inserted = insertedSpans(sortedEdits);
      const onTarget = (f) => (f.range[0] <= target[1] && target[0] <= f.range[1]) || inserted.some(([s, e]) => s <= f.range[0] && f.range[0] < e);
      for (const f of after) {
        const key = keyOf(f, f.range[0]);
        const left = expected.get(key) ?? 0;
        if (left > 0) {
          expected.set(key, left - 1);
        } else if (key === targetKey) {
          record.problems.push('the finding is still there after its suggestion');
        } else if (f.ruleId === 'require-www-authenticate' && finding.ruleId !== f.ruleId && onTarget(f)
          && !LEAVE_CHALLENGE_TO_FOLLOW_UP.has(suggestion.messageId)) {
          record.problems.push(`the 401 it makes has no WWW-Authenticate: new finding ${f.ruleId}/${f.messageId} at line ${lineOf(fixed, f.range[0])}`);
        } else if (f.ruleId === 'require-www-authenticate' && finding.ruleId !== f.ruleId && onTarget(f)) {
          // Each rule's suggestion fixes its own finding: the 401 that "use 401" makes is then asked for its
          // challenge by require-www-authenticate. That follow-up must be fixable in turn by its own suggestion.
          if (f.suggestions.length === 0) record.notes.push(`accepted follow-up ${f.ruleId}/${f.messageId}: the framework cannot carry the header`);
          else {
            const problem = chainedProblem({ fixed, after, followUp: f, findingsOf });
            if (problem) record.problems.push(`the 401 it makes is asked for WWW-Authenticate, and that follow-up's own suggestion ${problem}`);
            else record.notes.push(`chained follow-up ${f.ruleId}/${f.messageId}: its own suggestion adds the header cleanly`);
          }
        } else {
          record.problems.push(`new finding ${f.ruleId}/${f.messageId} at line ${lineOf(fixed, f.range[0])}: ${fixed.slice(f.range[0], Math.min(f.range[1], f.range[0] + 80)).replace(/\s+/g, ' ')}`);
        }
      }
    });
  }
  for (const r of records) r.ok = r.problems.length === 0;
  return records;
}
