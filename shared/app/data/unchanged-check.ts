/**
 * A valibot schema compiled into a predicate that allocates nothing: true only when valibot
 * accepts the value AND its output would equal the value (the same members in the same
 * order, nothing stripped, no default filled in). The store's open checks 5 000 incidents
 * read from jour.db with it: valibot's own run copies each one (a third of the open's time,
 * and copies larger than JSON.parse's objects). False means "ask valibot": a value it would
 * refuse, strip or complete goes the slow way and is refused or replaced by its output,
 * with the field named. So the value accepted is exactly valibot's output, never content a
 * check has stripped (the old store's memo vouched for such content).
 *
 * Built by reading the schema itself, so it cannot drift from it: a kind of schema or
 * action not known here (a transformation, an async schema, a default on null) makes the
 * whole schema uncompilable (null), and the caller keeps valibot alone.
 */
export type UnchangedCheck = (value: unknown) => boolean;

interface Node {
  kind?: unknown;
  type?: unknown;
  async?: unknown;
  pipe?: readonly Node[];
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  options?: readonly unknown[];
  literal?: unknown;
  requirement?: unknown;
  default?: unknown;
  fallback?: unknown;
}

interface Compiled {
  check: UnchangedCheck;
  /**
   * False from `check` means valibot refuses (never "accepts with another output"): needed
   * of a union's options, since valibot returns the first option that accepts.
   */
  exact: boolean;
}

class Uncompilable extends Error {}

/** The predicate for `schema`, or null when it holds a kind not compiled here. */
export function compileUnchangedCheck(schema: unknown): UnchangedCheck | null {
  try {
    return compile(schema as Node).check;
  } catch (error) {
    if (error instanceof Uncompilable) return null;
    throw error;
  }
}

function compile(node: Node): Compiled {
  if (node.async !== false) throw new Uncompilable("async");
  if (node.pipe !== undefined) return compilePipe(node.pipe);
  return compileSchema(node);
}

const exact = (check: UnchangedCheck): Compiled => ({ check, exact: true });

function compileSchema(node: Node): Compiled {
  if (node.kind !== "schema") throw new Uncompilable(String(node.kind));
  switch (node.type) {
    case "string":
      return exact((value) => typeof value === "string");
    case "number":
      return exact((value) => typeof value === "number" && !Number.isNaN(value));
    case "literal": {
      const literal = node.literal;
      // SameValueZero, as valibot compares (NaN is NaN).
      return exact((value) => value === literal || (value !== value && literal !== literal));
    }
    case "picklist": {
      const options = [...(node.options ?? [])];
      return exact((value) => options.includes(value));
    }
    case "nullable": {
      // A default replaces null: the output would differ.
      if (node.default !== undefined) throw new Uncompilable("nullable default");
      const wrapped = compile(need(node.wrapped));
      return { check: (value) => value === null || wrapped.check(value), exact: wrapped.exact };
    }
    case "optional":
    case "exact_optional": {
      // A value present (absence is the object's affair); undefined would become the default.
      const wrapped = compile(need(node.wrapped));
      return { check: (value) => value !== undefined && wrapped.check(value), exact: false };
    }
    case "array": {
      const item = compile(need(node.item));
      return {
        check: (value) => {
          if (!Array.isArray(value)) return false;
          for (let i = 0; i < value.length; i++) if (!item.check(value[i])) return false;
          return true;
        },
        exact: item.exact,
      };
    }
    case "union": {
      const options = (node.options ?? []).map((option) => compile(option as Node));
      if (!options.every((option) => option.exact)) throw new Uncompilable("inexact union");
      return exact((value) => options.some((option) => option.check(value)));
    }
    case "object":
      return { check: compileObject(node.entries ?? {}), exact: false };
    default:
      throw new Uncompilable(String(node.type));
  }
}

function need(node: Node | undefined): Node {
  if (node === undefined) throw new Uncompilable("missing");
  return node;
}

/**
 * A plain object holding exactly the schema's members, in the schema's order (valibot's
 * output order): a member may be absent only when valibot leaves it absent too.
 */
function compileObject(entries: Record<string, Node>): UnchangedCheck {
  const members = Object.entries(entries).map(([key, node]) => {
    if (node.fallback !== undefined) throw new Uncompilable("fallback");
    const absentStaysAbsent =
      (node.type === "optional" || node.type === "exact_optional" || node.type === "nullish") &&
      node.default === undefined;
    return { key, check: compile(node).check, absentStaysAbsent };
  });
  return (value) => {
    if (typeof value !== "object" || value === null) return false;
    if (Object.getPrototypeOf(value) !== Object.prototype) return false;
    const keys = Object.keys(value);
    const record = value as Record<string, unknown>;
    let at = 0;
    for (const member of members) {
      if (keys[at] === member.key) {
        if (!member.check(record[member.key])) return false;
        at++;
      } else if (!member.absentStaysAbsent || member.key in record) {
        // Missing, out of valibot's order, or not enumerable (valibot's `in` would see it).
        return false;
      }
    }
    // Any other member would be stripped.
    return at === keys.length;
  };
}

function compilePipe(pipe: readonly Node[]): Compiled {
  const [first, ...actions] = pipe;
  const schema = compileSchema(need(first));
  const validations = actions
    .filter((action) => action.kind !== "metadata")
    .map((action) => compileValidation(action));
  const valid = schema.check;
  return {
    check: (value) => {
      if (!valid(value)) return false;
      for (const validation of validations) if (!validation(value)) return false;
      return true;
    },
    exact: schema.exact,
  };
}

/** A validation action (a transformation would change the output: uncompilable). */
function compileValidation(action: Node): UnchangedCheck {
  if (action.kind !== "validation" || action.async !== false) {
    throw new Uncompilable(String(action.kind));
  }
  const requirement = action.requirement;
  switch (action.type) {
    case "check":
      if (typeof requirement !== "function") throw new Uncompilable("check");
      return (value) => Boolean((requirement as (input: unknown) => unknown)(value));
    case "regex": {
      // A global or sticky expression keeps state between tests: its answers depend on order.
      if (!(requirement instanceof RegExp) || requirement.global || requirement.sticky) {
        throw new Uncompilable("regex");
      }
      return (value) => requirement.test(value as string);
    }
    case "integer":
      return (value) => Number.isInteger(value);
    case "min_value":
      return (value) => (value as number) >= (requirement as number);
    case "max_value":
      return (value) => (value as number) <= (requirement as number);
    case "lt_value":
      return (value) => (value as number) < (requirement as number);
    case "min_length":
      return (value) => (value as { length: number }).length >= (requirement as number);
    case "max_length":
      return (value) => (value as { length: number }).length <= (requirement as number);
    default:
      throw new Uncompilable(String(action.type));
  }
}
