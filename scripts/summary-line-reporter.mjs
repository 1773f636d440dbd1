// CI counts tests from a plain closing line "N passed, N failed".
function countTests(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, counts);
}

export function summaryLineReporter() {
  let sessions = [];
  return {
    onTestRunFinished({ sessions: finished }) {
      sessions = finished;
    },
    stop() {
      // The Node tests that scripts/test.mjs ran before the browser's.
      const [passed = 0, failed = 0] = (process.env.PRESS_NODE_TESTS ?? '').split(',').map(Number);
      const counts = { passed, failed, skipped: 0 };
      for (const session of sessions) {
        countTests(session.testResults, counts);
        // A file that failed to load or threw outside a test has no test results but must not pass.
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)
          counts.failed += 1;
      }
      const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
      console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`);
    },
  };
}
