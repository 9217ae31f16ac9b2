/**
 * The Content-Security-Policy of the app's page. No remote origins anywhere;
 * no eval in the production build. Styles allow inline attributes because Vue
 * binds `style` on components; scripts never do.
 */
export interface CspOptions {
  /** Origin of the Vite dev server, only during `npm run dev`. */
  devServerOrigin?: string
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServerOrigin
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': dev ? ["'self'", "'unsafe-eval'", dev] : ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': dev ? ["'self'", dev, dev.replace(/^http/, 'ws')] : ["'self'"],
    'frame-src': ['blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'worker-src': ["'self'", 'blob:']
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}
