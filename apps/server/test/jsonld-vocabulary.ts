// Checks JSON-LD nodes against schema.org's own definitions of the classes and properties they use:
// fixtures/schema-org-subset.jsonld copies them, in schema.org's format, from schemaorg-current-https.jsonld
// (no network in tests). A type must be a class there; a property must be one whose domain includes the node's
// type or a superclass; a value must fit the property's range (a node of a range class, or text for a data type).
import { readFileSync } from "node:fs";

type Ref = { "@id": string };
interface Definition {
  "@id": string;
  "@type": string | string[];
  "rdfs:subClassOf"?: Ref;
  "schema:domainIncludes"?: Ref | Ref[];
  "schema:rangeIncludes"?: Ref | Ref[];
}

const names = (refs: Ref | Ref[] | undefined) => [refs ?? []].flat().map((ref) => ref["@id"].replace(/^schema:/, ""));
const graph = (
  JSON.parse(readFileSync(new URL("fixtures/schema-org-subset.jsonld", import.meta.url), "utf8")) as { "@graph": Definition[] }
)["@graph"];
const byName = new Map(graph.map((definition) => [definition["@id"].replace(/^schema:/, ""), definition]));
const isA = (definition: Definition, type: string) => [definition["@type"]].flat().includes(type);

/** `type` and every class above it. */
function lineage(type: string): string[] {
  const chain: string[] = [];
  for (let at: string | undefined = type; at; at = names(byName.get(at)?.["rdfs:subClassOf"])[0]) chain.push(at);
  return chain;
}

const DATE = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** What is wrong with `node` (nested nodes included), as readable lines; empty when it fits the vocabulary. */
export function vocabularyErrors(node: Record<string, unknown>, path = "node"): string[] {
  const type = node["@type"];
  if (typeof type !== "string") return "@id" in node && Object.keys(node).length === 1 ? [] : [`${path}: no @type`];
  const definition = byName.get(type);
  if (!definition || !isA(definition, "rdfs:Class") || isA(definition, "schema:DataType"))
    return [`${path}: ${type} is not a schema.org class`];
  const types = lineage(type);
  const errors: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@")) continue;
    const property = byName.get(key);
    if (!property || !isA(property, "rdf:Property")) {
      errors.push(`${path}.${key}: not a schema.org property`);
      continue;
    }
    const domain = names(property["schema:domainIncludes"]);
    if (!types.some((t) => domain.includes(t))) errors.push(`${path}.${key}: not a property of ${type} (domain ${domain.join(", ")})`);
    const range = names(property["schema:rangeIncludes"]);
    [value].flat().forEach((item, index) => {
      const at = Array.isArray(value) ? `${path}.${key}[${index}]` : `${path}.${key}`;
      if (typeof item === "string") {
        const dataTypes = range.filter((name) => byName.get(name) && isA(byName.get(name)!, "schema:DataType"));
        const textual = dataTypes.some((name) => lineage(name).includes("Text"));
        const dated = dataTypes.some((name) => name === "Date" || name === "DateTime");
        if (!textual && !(dated && DATE.test(item))) errors.push(`${at}: "${item}" does not fit ${range.join(" or ")}`);
        if (!textual && dated && !DATE.test(item)) errors.push(`${at}: "${item}" is not an ISO 8601 date`);
        if (range.length === 1 && range[0] === "URL" && !URL.canParse(item)) errors.push(`${at}: "${item}" is not a URL`);
      } else if (item && typeof item === "object") {
        const itemType = (item as Record<string, unknown>)["@type"];
        if (typeof itemType === "string" && !lineage(itemType).some((t) => range.includes(t)))
          errors.push(`${at}: a ${itemType} where ${range.join(" or ")} is expected`);
        errors.push(...vocabularyErrors(item as Record<string, unknown>, at));
      } else errors.push(`${at}: ${JSON.stringify(item)} is neither text nor a node`);
    });
  }
  return errors;
}
