// Preloaded (`node --import`) into the reference server, which has no SIGTERM handler of its own:
// exiting through process.exit lets node write what flags such as --cpu-prof collect.
process.on('SIGTERM', () => process.exit(0));
