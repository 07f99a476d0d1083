// What the command line's edge gives the stages at start-up, given to the tests that call them in-process too: the
// chart's painter (resvg) and Node's inflater for workbooks.
import '../../src/node/chart-thread.js';
import '../../src/node/read-file.js';
