// The headless entry point; filled in by the CLI work.
process.stdout.write('vault-stack: not built yet\n');
