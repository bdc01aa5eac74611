// npm run eval:ingest — prints precision and recall of the ingest assistant against the hand readings.
import { evaluate } from "./evaluate.js";
import { formatEvaluation } from "./report.js";

console.log(formatEvaluation(evaluate()));
