/**
 * Prints the run's totals as one plain line ("jest: N passed, N failed, N skipped") after
 * jest's own summary, for tools that read a closing line rather than jest's format.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    // jest prints "Ran all test suites" after the reporters: write ours when the process ends.
    process.once('exit', () => process.stderr.write(line));
  }
}
module.exports = SummaryReporter;
