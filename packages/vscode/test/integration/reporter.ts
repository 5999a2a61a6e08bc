import Mocha from 'mocha';

const { EVENT_RUN_END, EVENT_SUITE_BEGIN, EVENT_SUITE_END, EVENT_TEST_FAIL, EVENT_TEST_PASS, EVENT_TEST_PENDING } = Mocha.Runner.constants;

/**
 * A spec-like reporter that writes whole lines: the extension host's console (forwarded to the
 * launcher by code-server, or to stdout by test-electron) shows `console.log` format strings raw.
 */
export class LineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    let depth = 0;
    const indent = () => '  '.repeat(depth);
    const failures: { title: string; err: Error }[] = [];
    runner.on(EVENT_SUITE_BEGIN, (suite) => {
      if (suite.title) console.log(`${indent()}${suite.title}`);
      depth++;
    });
    runner.on(EVENT_SUITE_END, () => {
      depth--;
    });
    runner.on(EVENT_TEST_PASS, (test) => console.log(`${indent()}✔ ${test.title} (${test.duration ?? 0} ms)`));
    runner.on(EVENT_TEST_PENDING, (test) => console.log(`${indent()}- ${test.title} (pending)`));
    runner.on(EVENT_TEST_FAIL, (test, err: Error) => {
      failures.push({ title: test.fullTitle(), err });
      console.log(`${indent()}✘ ${test.title}: ${err.message.split('\n')[0]}`);
    });
    runner.once(EVENT_RUN_END, () => {
      const stats = runner.stats!;
      console.log(`\n${stats.passes} passing, ${stats.failures} failing, ${stats.pending} pending (${stats.duration ?? 0} ms)`);
      failures.forEach(({ title, err }, i) => {
        console.log(`\n${i + 1}) ${title}\n${err.stack ?? err.message}`);
      });
    });
  }
}
