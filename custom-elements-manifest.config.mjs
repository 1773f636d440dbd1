export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.define.ts'],
  outdir: '.',
  litelement: true,
};
