// Preloaded (`node --expose-gc --import`) into a server the memory bench measures: SIGUSR2 runs a
// full garbage collection, so the bench can read the memory the server really keeps.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  globalThis.gc?.();
});
