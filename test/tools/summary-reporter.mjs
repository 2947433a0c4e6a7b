// Prints one plain "N passed, N failed" line after the browser tests, for CI logs and humans alike.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
  return totals;
}

export function summaryReporter() {
  let line = '';
  return {
    // Printed on stop, after the default reporter's progress bar, so it is the closing line.
    stop() {
      if (line) process.stdout.write(line);
    },
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that crashed before its tests ran has no results but must still fail the count.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      line = `\nbrowser: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`;
    },
  };
}
