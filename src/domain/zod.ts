import { z } from 'zod';

// Zod probes whether it may compile validators with `new Function` the first time an object schema is
// built; under our pages' Content-Security-Policy (no 'unsafe-eval') that probe is a reported violation.
// Jitless before any schema exists: this module is the only way in to zod (eslint forbids the others).
z.config({ jitless: true });

export { z };
