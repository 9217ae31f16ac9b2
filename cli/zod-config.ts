import { z } from 'zod'

// zod compiles a parser for each object schema with `new Function` on first use, which pays back
// over thousands of parses; a command parses a few files, and that code is never cached. Its own
// module, imported first: a schema takes the setting when it is built, as the modules load.
z.config({ jitless: true })
