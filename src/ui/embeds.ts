/**
 * The embeds a placeholder can stand in for; one without `src` is still blocked. Its own module, so
 * the loader knows a page needs the embed part without carrying the placeholders.
 */
export const EMBEDS = 'iframe[data-service],iframe[data-category]';
