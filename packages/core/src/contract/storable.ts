import * as z from "zod/mini";

/** NUL, or half of a surrogate pair: text that no database stores as it was sent. */
const unstorable = /[\0\p{Cs}]/u;

/** The check every text of the contract has (names, texts, notes, links): no such character. */
export const storable = () =>
  z.refine<string>(
    (value) => !unstorable.test(value),
    "must not contain NUL or unpaired surrogate characters",
  );
