/**
 * A problem message as a sentence: capitalised and ending in a full stop. The core's and the
 * server's messages are fragments meant to follow a field name ("must be 0 or more"); beside the
 * field, and announced, they read better as sentences. Sentences are left as they are.
 * @example sentence("must be 0 or more") // "Must be 0 or more."
 */
export const sentence = (message: string) =>
  message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?…]$/.test(message) ? "" : ".");
