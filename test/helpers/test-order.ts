// Loaded after the test framework only when `TEST_ORDER` is set (web-test-runner.config.mjs), so that a
// test that passes only thanks to what an earlier one left on the page (a loaded feed or text, a URL, a
// stored draft) fails where it can be found. Before mocha runs this file's tests, it puts every suite's
// tests and nested suites in reverse order (`?order=reverse`), shuffles them (`?order=shuffle&seed=<n>`:
// the same seed deals the same order again), or runs each test twice in a row (`?order=twice`), the
// second time on everything the first left behind.
const query = new URL(import.meta.url).searchParams;
const order = query.get('order');

// mulberry32: small, seedable, and good enough to deal a deck of tests.
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(Number(query.get('seed') ?? 0));

function shuffle<T>(items: T[]) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

function twice(suite: Mocha.Suite) {
  suite.tests = suite.tests.flatMap((test) => {
    // Not test.clone(): a clone is recorded as a retry of its original, and its failure was counted twice.
    const Test = test.constructor as typeof Mocha.Test;
    const again = new Test(`${test.title} (again)`, test.fn);
    again.parent = suite;
    again.ctx = test.ctx;
    again.file = test.file;
    again.timeout(test.timeout());
    return [test, again];
  });
}

function reorder(suite: Mocha.Suite) {
  if (order === 'reverse') {
    suite.tests.reverse();
    suite.suites.reverse();
  } else if (order === 'twice') {
    twice(suite);
  } else {
    shuffle(suite.tests);
    shuffle(suite.suites);
  }
  suite.suites.forEach(reorder);
}

// The framework module ran first and is still waiting for the test file; it calls `mocha.run` after.
const run = mocha.run.bind(mocha);
mocha.run = (done) => {
  reorder(mocha.suite);
  return run(done);
};
