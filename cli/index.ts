import { z } from 'zod'
import { main } from './main'

// zod compiles a parser for each object schema with `new Function` on first use, which pays
// back over thousands of parses; a command parses a few files, and that code is never cached.
z.config({ jitless: true })

void main(process.argv.slice(2)).then((code) => { process.exitCode = code })
