// `@goalpost/core/format`: the value formats alone, without the contract's schemas (no zod),
// for pages that only show values, such as the console. The same functions as the main entry's.
export {
  createValueFormat,
  type ValueFormat,
  type ValueFormatOptions,
  type ValueWords,
} from "./format/createValueFormat.ts";
