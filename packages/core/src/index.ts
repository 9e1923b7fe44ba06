export * from "./contract/index.ts";
export { GoalpostError } from "./errors/GoalpostError.ts";
export { HttpError } from "./errors/HttpError.ts";
export { NetworkError } from "./errors/NetworkError.ts";
export { TimeoutError } from "./errors/TimeoutError.ts";
export { type ValidationIssue, ValidationError } from "./errors/ValidationError.ts";
