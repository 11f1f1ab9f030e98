/**
 * The window event the comments panel's store dispatches, with the comments it applied, each time
 * new ones or changes reach the panel: bench/chat.ts times comments by it.
 */
export const commentsShownEvent = 'crosslive:comments-shown';
