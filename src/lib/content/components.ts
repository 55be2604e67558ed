/**
 * The components an MDX body may use, by name: the one allowlist that the MDX guard
 * enforces and that pages pass to `<Content components={{ Cite }} />` (src/components/<Name>.astro). Anything else in
 * angle brackets is refused, because contributed MDX must not run code.
 */
export const ALLOWED_COMPONENTS: readonly string[] = ['Cite'];
