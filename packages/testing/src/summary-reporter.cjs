/**
 * Prints the run's totals as one plain line ("jest: N passed, N failed, N skipped") after
 * jest's own summary, for tools that read a closing line rather than jest's format.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stderr.write(`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryReporter;
