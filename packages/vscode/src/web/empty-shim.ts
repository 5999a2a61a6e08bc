// Node built-ins that typescript-estree and TypeScript import but never call while parsing a
// single file without a project. In the web worker they are empty.
const empty: Record<string, unknown> = {};
export default empty;
