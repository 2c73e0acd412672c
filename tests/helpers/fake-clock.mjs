// Preloaded with `node --import` in determinism tests: the clock says 2031-03-09 10:00 UTC, whatever the day.
const FAKE_NOW = Date.UTC(2031, 2, 9, 10, 0, 0);
const RealDate = Date;
class FakeDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(FAKE_NOW);
    else super(...args);
  }
  static now() { return FAKE_NOW; }
}
globalThis.Date = FakeDate;
